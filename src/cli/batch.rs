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
    let mut progress = Progress::new();
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
            progress.bad += u64::from(!good);
            writeln!(output, "{line}")?;
        }
        progress.done += chunk.len() as u64;
        progress.show();
        if finished {
            progress.finish();
            return Ok(all_good);
        }
    }
}

/// A progress line on stderr (tokens done, rate, how many failed), only when stderr is a terminal and the batch
/// has run longer than a second: pipes and short runs see nothing, and stdout never does.
struct Progress {
    started: std::time::Instant,
    terminal: bool,
    bar: Option<indicatif::ProgressBar>,
    done: u64,
    bad: u64,
}

impl Progress {
    fn new() -> Progress {
        use std::io::IsTerminal;
        Progress {
            started: std::time::Instant::now(),
            terminal: io::stderr().is_terminal(),
            bar: None,
            done: 0,
            bad: 0,
        }
    }

    fn show(&mut self) {
        if !self.terminal || self.started.elapsed() < std::time::Duration::from_secs(1) {
            return;
        }
        let bar = self.bar.get_or_insert_with(|| {
            let bar = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {pos} tokens, {per_sec}, {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar
        });
        bar.set_position(self.done);
        bar.set_message(crate::text!("cli-batch-failed-so-far", count = self.bad).to_string());
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
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
