//! Runs `concord eval extract` without the rest of the workspace:
//! `cargo run --release -p concord-extract --example eval_extract -- [--data DIR]`.

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    concord_extract::eval::main(&args)
}
