//! The batch engine of `verify`, `decode` and `lint --batch`: stdin read in chunks of lines, each chunk judged in
//! parallel (one part per core) with the order kept, one line of output per non-blank input line.

use std::io::{self, BufRead, Write};

/// Lines per chunk: big enough to keep every core busy, small enough to keep memory flat.
pub const CHUNK: usize = 8192;

/// Runs `judge` over every non-blank line of `input` and writes its text, one line each, in order; returns
/// whether every line was judged good.
pub fn run_lines(
    mut input: impl BufRead,
    output: &mut dyn Write,
    judge: impl Fn(&str) -> (String, bool) + Sync,
) -> io::Result<bool> {
    let workers = std::thread::available_parallelism().map_or(1, |count| count.get()).max(1);
    let mut all_good = true;
    let mut chunk: Vec<String> = Vec::with_capacity(CHUNK);
    let mut buffer = Vec::new();
    loop {
        chunk.clear();
        let mut finished = false;
        while chunk.len() < CHUNK {
            buffer.clear();
            if input.read_until(b'\n', &mut buffer)? == 0 {
                finished = true;
                break;
            }
            let line = String::from_utf8_lossy(&buffer);
            if !line.trim().is_empty() {
                chunk.push(line.trim_end_matches(['\n', '\r']).to_owned());
            }
        }
        for (line, good) in judge_chunk(&chunk, &judge, workers) {
            all_good &= good;
            writeln!(output, "{line}")?;
        }
        if finished {
            return Ok(all_good);
        }
    }
}

fn judge_chunk(
    chunk: &[String],
    judge: &(impl Fn(&str) -> (String, bool) + Sync),
    workers: usize,
) -> Vec<(String, bool)> {
    if workers == 1 || chunk.len() < 64 {
        return chunk.iter().map(|line| judge(line)).collect();
    }
    let per_worker = chunk.len().div_ceil(workers);
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunk
            .chunks(per_worker)
            .map(|part| scope.spawn(move || part.iter().map(|line| judge(line)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| match handle.join() {
                Ok(lines) => lines,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}
