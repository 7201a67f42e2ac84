// Temporary profiling harness (not committed).
use std::hint::black_box;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut unit = std::fs::read_to_string(&args[0]).unwrap();
    let pud = std::fs::read_to_string(&args[1]).unwrap();
    for l in pud.lines() {
        if let Some(i) = l.find("\"text\": \"") {
            let r = &l[i + 9..];
            if let Some(j) = r.find('"') {
                unit.push_str(&r[..j]);
                unit.push('\n');
            }
        }
    }
    let unit = devanagari::normalize(&unit).into_owned();
    let clean = unit.repeat(8_000_000 / unit.len() + 1);
    {
        let r = devanagari::repair(&clean);
        let (a, b): (Vec<&str>, Vec<&str>) = (
            clean.split_inclusive('\n').collect(),
            r.split_inclusive('\n').collect(),
        );
        eprintln!(
            "lines {} {} changed {}",
            a.len(),
            b.len(),
            a.iter().zip(&b).filter(|(x, y)| x != y).count()
        );
        let t = std::time::Instant::now();
        let n2 = devanagari::normalize(&r).len();
        eprintln!("renormalize whole: {:?} {n2}", t.elapsed());
        let t = std::time::Instant::now();
        let n2 = devanagari::normalize(&clean).len();
        eprintln!("normalize whole: {:?} {n2}", t.elapsed());
    }
    let op = args.get(2).map(String::as_str).unwrap_or("clean");
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..20 {
        n += match op {
            "clean" => devanagari::clean(black_box(&clean)).len(),
            "repair" => devanagari::repair(black_box(&clean)).len(),
            "words" => devanagari::words(black_box(&clean)).count(),
            "ws" => black_box(&clean).split_whitespace().count(),
            _ => devanagari::normalize(black_box(&clean)).len(),
        };
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "{op}: {:.0} MB/s ({n})",
        20.0 * clean.len() as f64 / 1e6 / s
    );
}
#[allow(dead_code)]
fn dbg_lines() {}
