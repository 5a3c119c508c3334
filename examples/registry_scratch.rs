use callguard::registry::Registry;
use std::time::Duration;
/// On-CPU time of this thread (the machine is shared; wall time is noisy).
struct Instant(u64);
impl Instant {
    fn now() -> Instant { Instant(cpu_ns()) }
    fn elapsed(&self) -> Duration { Duration::from_nanos(cpu_ns() - self.0) }
}
fn cpu_ns() -> u64 { std::fs::read_to_string("/proc/thread-self/schedstat").unwrap().split_whitespace().next().unwrap().parse().unwrap() }
#[derive(serde::Deserialize)] struct D { providers: Vec<P> }
#[derive(serde::Deserialize)] struct P { numbers: Vec<N> }
#[derive(serde::Deserialize)] struct N { number: String, #[allow(dead_code)] channels: serde::de::IgnoredAny, #[allow(dead_code)] purposes: serde::de::IgnoredAny, #[allow(dead_code)] source: serde::de::IgnoredAny }
fn gen(n: usize) -> Vec<u8> {
        let per = 1000;
        let mut s = String::from(r#"{"schema":1,"registry_id":"bench","version":1,"issued_at":"2026-11-23T00:00:00Z","expires_at":"2036-11-23T00:00:00Z","providers":["#);
        for p in 0..n / per {
            if p > 0 { s.push(','); }
            s.push_str(&format!(r#"{{"id":"p{p}","names":{{"zh-Hans":"x","en":"x"}},"website":"https://x.example","numbers":["#));
            for i in 0..per {
                if i > 0 { s.push(','); }
                let num = 8613000000000u64 + (p * per + i) as u64 * 7;
                s.push_str(&format!(r#"{{"number":"+{num}","channels":["voice"],"purposes":["callback"],"source":"https://x.example/n"}}"#));
            }
            s.push_str("]}");
        }
        s.push_str("]}");
        s.into_bytes()
}
fn main() {
    let _ = Registry::from_json(include_bytes!("../data/registry.json"));
    let n = std::env::args().nth(1).map_or(1_000_000, |s| s.parse().unwrap());
    if std::env::var("TABLE").is_ok() { table_only(n); }
    let bytes = gen(n);
    for _ in 0..2 {
        let t = Instant::now();
        let v: serde::de::IgnoredAny = serde_json::from_slice(&bytes).unwrap();
        let a = t.elapsed(); drop(v);
        let t = Instant::now();
        let d: D = serde_json::from_slice(&bytes).unwrap();
        let b = t.elapsed(); drop(d);
        let t = Instant::now();
        let doc: callguard::registry::RegistryDoc = serde_json::from_slice(&bytes).unwrap();
        let c = t.elapsed();
        let t = Instant::now();
        let r = Registry::from_doc(doc).unwrap();
        let d2 = t.elapsed();
        let t = Instant::now();
        drop(r);
        let e = t.elapsed();
        let per = |x: std::time::Duration| x.as_nanos() as f64 / n as f64;
        println!("n={n} ignored {:.0} ns, numberonly {:.0} ns, full doc {:.0} ns, validate+index {:.0} ns, drop {:.0} ns", per(a), per(b), per(c), per(d2), per(e));
    }
}
#[derive(Default, Clone, Copy)] struct H(u64);
impl std::hash::Hasher for H { fn finish(&self) -> u64 { let mut x = self.0; x ^= x >> 33; x = x.wrapping_mul(0xff51afd7ed558ccd); x ^= x >> 33; x = x.wrapping_mul(0xc4ceb9fe1a85ec53); x ^ (x >> 33) } fn write(&mut self, _: &[u8]) {} fn write_u64(&mut self, v: u64) { self.0 ^= v; } }
#[derive(Default, Clone, Copy)] struct B;
impl std::hash::BuildHasher for B { type Hasher = H; fn build_hasher(&self) -> H { H(0) } }
pub fn table_only(n: usize) {
    let keys: Vec<u64> = (0..n as u64).map(|i| 8613000000000 + i * 7).collect();
    for _ in 0..3 {
        let t = Instant::now();
        let mut m: std::collections::HashMap<u64, u64, B> = std::collections::HashMap::with_capacity_and_hasher(n, B);
        for (i, &k) in keys.iter().enumerate() { m.insert(k, i as u64); }
        let a = t.elapsed();
        let t = Instant::now();
        let mut v: Vec<(u64, u64)> = keys.iter().enumerate().map(|(i, &k)| (k ^ 0x5555, i as u64)).collect();
        v.sort_unstable_by_key(|x| x.0);
        let b = t.elapsed();
        println!("hash insert {:.0} ns/num; sort {:.0} ns/num; len {} {}", a.as_nanos() as f64 / n as f64, b.as_nanos() as f64 / n as f64, m.len(), v.len());
    }
}
