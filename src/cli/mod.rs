//! The command line shell: argument definitions and one file per subcommand. Each subcommand gathers its
//! input (arguments, files, stdin), asks the core, and renders the answer as text or JSON. Exit codes:
//! 0 success or valid, 1 read but invalid, 2 unusable input.

mod batch;
mod colour;
mod decode;
mod encode;
mod input;
mod jwe;
mod keyargs;
mod keys;
mod lint;
mod render;
mod simulate;
mod verify;

pub use verify::{LoadedKey, verify_lines};

use crate::app::{self, Launch, Tab, Theme};
use crate::i18n::{self, Lang};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

pub const EXIT_OK: u8 = 0;
pub const EXIT_INVALID: u8 = 1;
pub const EXIT_UNUSABLE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "tokenscope",
    version,
    about = "Inspect, verify, lint and author JSON Web Tokens; run without a subcommand to open the window",
    long_about = None
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The language of messages and human output: en or ko (default: TOKENSCOPE_LANG, else the locale's).
    #[arg(long, global = true, value_name = "LANG", value_parser = PossibleValuesParser::new(Lang::ALL.map(Lang::code)).try_map(|code| Lang::from_tag(&code).ok_or("unknown language")))]
    pub lang: Option<Lang>,
    /// Colour in human output: auto (a terminal, NO_COLOR unset), always or never.
    #[arg(long = "color", global = true, value_enum, default_value_t = colour::ColourChoice::Auto, value_name = "WHEN")]
    pub colour: colour::ColourChoice,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the window, optionally with a token loaded.
    Gui(GuiArgs),
    /// Show what a token holds, without checking its signature or claims.
    Decode(DecodeArgs),
    /// Check a token's signature and claims (exit 0 valid, 1 invalid, 2 unusable input).
    Verify(Box<verify::VerifyArgs>),
    /// List what is risky about a token (exit 1 with --fail-on when a finding reaches that level).
    Lint(lint::LintArgs),
    /// Sign a header and payload and print the token.
    Encode(encode::EncodeArgs),
    /// Run an access/refresh timeline scenario (a file or a preset) and print its events.
    Simulate(simulate::SimulateArgs),
    /// List the simulation presets.
    Presets,
    /// Open a JWE and print its plaintext (exit 1 with decryption_failed when the key does not open it).
    Decrypt(jwe::DecryptArgs),
    /// Encrypt a JSON payload, or wrap a token (cty JWT), as a compact JWE for a public key or a secret.
    Encrypt(jwe::EncryptArgs),
    /// Show, generate and convert keys.
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), for `man -l -` or a man directory.
    Man,
}

#[derive(Debug, Clone, Default, Args)]
pub struct GuiArgs {
    /// A token, `-` for stdin, or `@path` for a file.
    pub token: Option<String>,
    /// The tab to open.
    #[arg(long, value_parser = PossibleValuesParser::new(Tab::ALL.map(Tab::name)).try_map(|name| Tab::from_name(&name).ok_or("unknown tab")))]
    pub tab: Option<Tab>,
    /// A simulation preset to load into the Timeline tab.
    #[arg(long)]
    pub preset: Option<String>,
    /// Render the window once it has settled, write it to this PNG file and exit.
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,
    /// The colour theme for this run (the saved setting is used otherwise).
    #[arg(long, value_parser = PossibleValuesParser::new(Theme::ALL.map(Theme::name)).try_map(|name| Theme::from_name(&name).ok_or("unknown theme")))]
    pub theme: Option<Theme>,
    /// The window's inner size, as WIDTHxHEIGHT.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<(f32, f32)>,
    /// A key file (PEM or JWK) to open the JWE with.
    #[arg(long, value_name = "PATH")]
    pub decrypt_key: Option<String>,
    /// Select this step of the timeline (1-based) when it opens.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub step: Option<u32>,
    /// With --step: open that step's HTTP exchange.
    #[arg(long, requires = "step")]
    pub exchange: bool,
}

fn parse_size(text: &str) -> Result<(f32, f32), String> {
    let (width, height) = text.split_once(['x', 'X']).ok_or("expected WIDTHxHEIGHT, such as 1280x800")?;
    let parse = |part: &str| part.trim().parse::<f32>().map_err(|_| format!("'{part}' is not a number"));
    let size = (parse(width)?, parse(height)?);
    // A range check that NaN fails too: `contains` is false for it.
    if !app::SIZE_RANGE.contains(&size.0) || !app::SIZE_RANGE.contains(&size.1) {
        return Err(format!(
            "each side must be between {} and {} pixels",
            app::SIZE_RANGE.start(),
            app::SIZE_RANGE.end()
        ));
    }
    Ok(size)
}

#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// A token (forgiving: quotes, `Bearer`, an Authorization header line or a token response), `-` for stdin,
    /// `@path` for a file; stdin when left out.
    pub token: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// The time relative times are measured from (RFC 3339 or Unix seconds; default now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    #[command(flatten)]
    pub decrypt: keyargs::DecryptArgs,
    /// Read one token per stdin line and print one decode object per line (JSON Lines, in input order).
    #[arg(long, conflicts_with = "token")]
    pub batch: bool,
    /// How --decrypt-secret is written.
    #[arg(long, value_name = "ENCODING", default_value = "utf8", value_parser = ["utf8", "base64", "base64url", "hex"])]
    pub secret_encoding: String,
}

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> u8 {
    let var = |name: &str| std::env::var(name).ok();
    let requested = i18n::requested(cli.lang, var);
    let locale = i18n::of_locale(var, sys_locale::get_locale());
    i18n::set_language(requested.unwrap_or(locale));
    use std::io::IsTerminal;
    colour::set(colour::choose(cli.colour, std::io::stdout().is_terminal(), std::env::var("NO_COLOR").ok()));
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = dispatch(cli, (requested, locale), &mut out).and_then(|code| out.flush().map(|()| code));
    exit_code(result)
}

/// `languages`: the language asked for (flag or environment), and the locale's.
fn dispatch(cli: Cli, languages: (Option<Lang>, Lang), out: &mut dyn Write) -> io::Result<u8> {
    match cli.command {
        None => Ok(gui(GuiArgs::default(), languages)),
        Some(Command::Gui(args)) => Ok(gui(args, languages)),
        Some(Command::Decode(args)) => decode::run(&args, out),
        Some(Command::Verify(args)) => verify::run(&args, out),
        Some(Command::Lint(args)) => lint::run(&args, out),
        Some(Command::Encode(args)) => encode::run(&args, out),
        Some(Command::Simulate(args)) => simulate::run(&args, out),
        Some(Command::Presets) => simulate::list_presets(out),
        Some(Command::Decrypt(args)) => jwe::run_decrypt(&args, out),
        Some(Command::Encrypt(args)) => jwe::run_encrypt(&args, out),
        Some(Command::Keys(command)) => keys::run(&command, out),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut <Cli as clap::CommandFactory>::command(), "tokenscope", out);
            Ok(EXIT_OK)
        }
        Some(Command::Man) => {
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(out)?;
            Ok(EXIT_OK)
        }
    }
}

/// The exit code of a run whose output could not all be written: a reader that stopped reading (`| head`) is
/// not a failure, and ends the run quietly as Unix tools do; any other write error (a full disk) is exit 2.
fn exit_code(result: io::Result<u8>) -> u8 {
    match result {
        Ok(code) => code,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(error) => unusable(crate::text!("cli-cannot-write-output", error = error)),
    }
}

/// A message on stderr. A closed stderr loses the message; it never stops the run.
fn say(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "tokenscope: {message}");
}

/// `tokenscope gui`: reads the token argument, describes the launch and decides the exit code of the window's run.
fn gui(args: GuiArgs, (requested, locale): (Option<Lang>, Lang)) -> u8 {
    let token = match args.token.as_deref().map(|argument| input::token_text(Some(argument))).transpose() {
        Ok(token) => token,
        Err(message) => return unusable(message),
    };
    let decryption_key = match args.decrypt_key.as_deref().map(input::read_text_file).transpose() {
        Ok(text) => text,
        Err(message) => return unusable(message),
    };
    let launch = Launch {
        token,
        decryption_key,
        tab: args.tab,
        preset: args.preset,
        step: args.step.map(|step| step as usize),
        exchange: args.exchange,
        theme: args.theme,
        screenshot: args.screenshot,
        size: args.size,
        lang: requested,
        locale,
    };
    match app::run(launch) {
        Ok(()) => EXIT_OK,
        Err(error) => unusable(error),
    }
}

/// Prints an argument or input error and returns the exit code for unusable input.
fn unusable(message: impl std::fmt::Display) -> u8 {
    say(message);
    EXIT_UNUSABLE
}
