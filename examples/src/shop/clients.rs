//! What one client may take: connections at once (both shops) and orders per minute, per client address and
//! per CSRF cookie (`governor`'s keyed GCRA limiters).

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::Reply;
use super::config::{Limits, Rate};

/// The address that stands for a client: an IPv4 address, or the /64 network of an IPv6 one (a host is given a
/// whole /64, so counting single IPv6 addresses would let it take as many slots as it likes).
pub fn client_of(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !((1u128 << 64) - 1)).into()),
        },
        v4 => v4,
    }
}

/// The connections each client holds, shared by every worker of a shop.
#[derive(Clone, Debug)]
pub struct ConnectionSlots {
    per_client: usize,
    held: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// One connection of a client; its slot is given back when it drops (when the connection ends).
#[derive(Debug)]
pub struct ConnectionSlot {
    client: IpAddr,
    held: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl ConnectionSlots {
    /// At most `per_client` connections per client.
    pub fn new(per_client: usize) -> ConnectionSlots {
        ConnectionSlots { per_client: per_client.max(1), held: Arc::default() }
    }

    /// A slot for a new connection from `peer`, or `None` when that client holds `per_client` already.
    pub fn take(&self, peer: IpAddr) -> Option<ConnectionSlot> {
        let client = client_of(peer);
        let mut held = self.held.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = held.entry(client).or_insert(0);
        if *count >= self.per_client {
            return None;
        }
        *count += 1;
        Some(ConnectionSlot { client, held: self.held.clone() })
    }
}

impl Drop for ConnectionSlot {
    fn drop(&mut self) {
        let mut held = self.held.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(count) = held.get_mut(&self.client) {
            *count -= 1;
            if *count == 0 {
                held.remove(&self.client);
            }
        }
    }
}

/// What a shop writes, before closing, to a connection over its client's limit.
pub const TOO_MANY_CONNECTIONS: &[u8] =
    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\n\
retry-after: 10\r\nconnection: close\r\ncontent-length: 45\r\n\r\ntoo many connections from your address, retry";

fn quota(rate: Rate) -> Quota {
    let period = (Duration::from_secs(60) / rate.per_minute.max(1)).max(Duration::from_nanos(1));
    let burst = NonZeroU32::new(rate.burst).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(period).map_or(Quota::per_second(NonZeroU32::MAX), |quota| quota.allow_burst(burst))
}

/// The keys a limiter remembers before it forgets those that are back to a full burst.
const REMEMBERED: usize = 10_000;

fn check<K: Hash + Eq + Clone>(limiter: &DefaultKeyedRateLimiter<K>, key: &K) -> Result<(), Duration> {
    let outcome = limiter.check_key(key).map_err(|not_until| not_until.wait_time_from(limiter.clock().now()));
    if limiter.len() > REMEMBERED {
        limiter.retain_recent();
    }
    outcome
}

/// `429` with `Retry-After`, in whole seconds rounded up.
fn too_many(wait: Duration, what: &str) -> Reply {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    let mut reply = Reply::error(429, format!("too many orders from {what}: retry in {seconds} s"));
    reply.headers.push(("retry-after", seconds.max(1).to_string()));
    reply
}

/// The order rates of [`Limits`]: per client address, and per CSRF cookie.
pub struct OrderLimits {
    per_client: Option<DefaultKeyedRateLimiter<IpAddr>>,
    per_token: Option<DefaultKeyedRateLimiter<String>>,
}

impl OrderLimits {
    /// The limiters for `limits`' rates.
    pub fn new(limits: &Limits) -> OrderLimits {
        OrderLimits {
            per_client: limits.orders_per_client.map(|rate| RateLimiter::keyed(quota(rate))),
            per_token: limits.orders_per_token.map(|rate| RateLimiter::keyed(quota(rate))),
        }
    }

    /// Counts an order from `peer` (unknown: not counted); `429` beyond the rate.
    pub fn check_client(&self, peer: Option<IpAddr>) -> Result<(), Reply> {
        match (&self.per_client, peer) {
            (Some(limiter), Some(peer)) => {
                check(limiter, &client_of(peer)).map_err(|wait| too_many(wait, "your address"))
            }
            _ => Ok(()),
        }
    }

    /// Counts an order under the (checked) CSRF cookie `cookie`; `429` beyond the rate.
    pub fn check_token(&self, cookie: &str) -> Result<(), Reply> {
        match &self.per_token {
            Some(limiter) => check(limiter, &cookie.to_string()).map_err(|wait| too_many(wait, "this page")),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_an_ipv4_address_or_an_ipv6_network() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_of(a), client_of(b));
        assert_ne!(client_of(a), client_of(other));
        assert_eq!(client_of("::ffff:10.0.0.1".parse().unwrap()), "10.0.0.1".parse::<IpAddr>().unwrap());
        let slots = ConnectionSlots::new(2);
        let (one, two) = (slots.take(a).unwrap(), slots.take(b).unwrap());
        assert!(slots.take(a).is_none(), "a third connection from the same /64");
        assert!(slots.take(other).is_some());
        drop(one);
        assert!(slots.take(b).is_some(), "a slot comes back when its connection ends");
        drop(two);
    }

    #[test]
    fn orders_beyond_the_burst_wait() {
        let limits = Limits { orders_per_token: Some(Rate { burst: 3, per_minute: 6 }), ..Limits::default() };
        let orders = OrderLimits::new(&limits);
        for _ in 0..3 {
            assert!(orders.check_token("cookie").is_ok());
        }
        let refused = orders.check_token("cookie").unwrap_err();
        assert_eq!(refused.status, 429);
        let retry: u64 = refused.headers.iter().find(|(name, _)| *name == "retry-after").unwrap().1.parse().unwrap();
        assert!((1..=10).contains(&retry), "{retry}");
        assert!(orders.check_token("another cookie").is_ok());
    }
}
