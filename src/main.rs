//! The tokenscope binary: without a subcommand it opens the window, with one it runs headless.

use clap::Parser;
use std::process::ExitCode;
use tokenscope::cli::{self, Cli};

fn main() -> ExitCode {
    let parsed = match Cli::try_parse() {
        Ok(parsed) => parsed,
        Err(error) => {
            let code = if error.use_stderr() { cli::EXIT_UNUSABLE } else { cli::EXIT_OK };
            // Printing help or an argument error can only fail if stdout/stderr are gone.
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    ExitCode::from(cli::run(parsed))
}
