// TEMPORARY (not committed): steady-state speed, min over passes.
use std::io::Read;
fn cpu() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}
fn main() {
    let dir = std::path::Path::new("/work/shared/data/extraction/html");
    let mut pages = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let mut b = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&p).unwrap()).read_to_end(&mut b).unwrap();
        pages.push(b);
    }
    {
        let first = &pages[0];
        for i in 0..3 {
            let t = cpu();
            let doc = concord_model::RawDocument { origin: "x".into(), id: "x".into(), format: concord_model::InputFormat::Html, bytes: first.clone(), hints: Default::default() };
            let _ = std::hint::black_box(concord_extract::extract(&doc));
            println!("first page run {i}: {:.2} ms", (cpu() - t) * 1e3);
        }
    }
    if std::env::args().nth(1).as_deref() == Some("first") { return; }
    let passes: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(6);
    let mut times = Vec::new();
    for _ in 0..passes {
        let t = cpu();
        for b in &pages {
            let doc = concord_model::RawDocument { origin: "x".into(), id: "x".into(), format: concord_model::InputFormat::Html, bytes: b.clone(), hints: Default::default() };
            let _ = std::hint::black_box(concord_extract::extract(&doc));
        }
        times.push(cpu() - t);
    }
    let n = pages.len() as f64;
    let rest = &times[1..];
    let min = rest.iter().cloned().fold(f64::MAX, f64::min);
    println!("cold {:.1} pages/s, warm best {:.1} pages/s, warm all {:?}", n / times[0], n / min, rest.iter().map(|t| (n / t) as i64).collect::<Vec<_>>());
}
