#[path = "../benches/common/mod.rs"]
mod common;
fn main() {
    let c = common::corpus(1_000_000);
    let a = warta::Analyzer::new();
    let n: usize = common::articles(&c)
        .iter()
        .map(|t| a.entities(t).len())
        .sum();
    println!("{n}");
}
