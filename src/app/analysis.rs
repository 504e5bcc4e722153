//! Everything the core said about the token in the editor, kept between frames and made again only in part when
//! an input changes: the token's own facts (header and payload lines, claim rows, the word-list crack) when its
//! text changes; the signature when the key changes; the claim checks and findings when a check changes, and the
//! times once a second. The crack of a large token runs on another thread once the token stops changing, and its
//! finding appears when it is done.

use super::json_lines::JsonLines;
use crate::i18n::Text;
use crate::jose::claims::{self, ClaimRow};
use crate::jose::decode::PayloadView;
use crate::jose::encode::{self, HmacWalkthrough};
use crate::jose::jwe::Decrypted;
use crate::jose::keys::KeySet;
use crate::jose::lint::{self, Crack, Finding, LintOptions};
use crate::jose::sdjwt::SdJwt;
use crate::jose::verify::{self, Expectations, SignatureJudgement, Verdict};
use crate::jose::{Decoded, TokenKind};
use crate::text;
use chrono::FixedOffset;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Signing inputs up to this size are tried against the word list at once (a few milliseconds); larger ones on a
/// thread of their own, so typing never waits for thousands of HMACs.
const INLINE_CRACK_LIMIT: usize = 1024;

/// How long a large token must stay unchanged before the word list is tried on it.
const CRACK_DELAY: Duration = Duration::from_millis(300);

/// How the payload is shown.
pub enum PayloadLines {
    Json(JsonLines),
    /// Text that is not JSON; `total` bytes in all when only part is kept.
    Text {
        text: String,
        total: usize,
    },
    /// The first bytes in hex; `total` bytes in all.
    Hex {
        hex: String,
        total: usize,
    },
    /// Why there is nothing to show.
    Note(Text),
}

impl PayloadLines {
    fn new(view: PayloadView<'_>) -> PayloadLines {
        match view {
            PayloadView::Json(value) => PayloadLines::Json(JsonLines::new(value)),
            PayloadView::Text { text, total } => PayloadLines::Text { text: text.to_owned(), total },
            PayloadView::Bytes { hex, total } => PayloadLines::Hex { hex, total },
            PayloadView::Encrypted => PayloadLines::Note(text!("app-analysis-encrypted")),
            PayloadView::Unreadable => PayloadLines::Note(text!("app-analysis-unreadable")),
        }
    }

    /// The payload as text to copy: JSON or the text itself.
    pub fn copy_text(&self) -> Option<&str> {
        match self {
            PayloadLines::Json(lines) => Some(&lines.text),
            PayloadLines::Text { text, .. } => Some(text),
            _ => None,
        }
    }
}

enum CrackState {
    Known(Crack),
    /// A large token just typed or pasted: tried once it has stayed the same for `CRACK_DELAY`, so that typing
    /// never shares the processor with a crack of a token that is about to change.
    Waiting {
        since: Instant,
    },
    /// On another thread; dropping this tells it to give up.
    Running {
        result: mpsc::Receiver<Crack>,
        _abandon: Abandon,
    },
}

/// Sets its flag when dropped: a crack still running for a token the window has left stops at the next word.
struct Abandon(Arc<AtomicBool>);

impl Drop for Abandon {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

pub struct Analysis {
    decoded: Arc<Decoded>,
    header: Option<JsonLines>,
    payload: PayloadLines,
    rows: Vec<ClaimRow>,
    /// Each claim's value as shown in the claims table, cut short once so frames never format a huge value.
    previews: Vec<String>,
    lifetime: Option<f64>,
    judgement: SignatureJudgement,
    verdict: Verdict,
    /// The audiences to offer when the token fails only because no audience was expected.
    audience_offer: Option<Vec<String>>,
    findings: Vec<Finding>,
    crack: CrackState,
    walkthrough: Option<HmacWalkthrough>,
    /// Whole seconds of the time the claims were last judged at.
    second: i64,
    /// An opened JWE whose plaintext is shown instead of the token's own payload (it is not a token itself).
    plaintext: Option<Decrypted>,
    /// A DPoP proof's key thumbprint, and what the access token check found.
    dpop: Option<crate::jose::dpop::DpopReport>,
    /// An SD-JWT whose issuer JWT this is: its disclosures and the claims as disclosed, laid out once.
    sd: Option<(Arc<SdJwt>, JsonLines, usize, Vec<String>)>,
}

impl Analysis {
    /// The facts of a newly decoded token, judged with `keys` and `expect`. `ctx` is woken when a background crack
    /// finishes.
    pub fn new(
        decoded: Arc<Decoded>,
        keys: Option<&KeySet>,
        expect: &Expectations,
        local: FixedOffset,
        ctx: &egui::Context,
    ) -> Analysis {
        let header = decoded.header.as_ref().map(|header| JsonLines::new(&serde_json::Value::Object(header.clone())));
        let payload = PayloadLines::new(decoded.payload_view());
        let rows = decoded.claims().map(|claims| claims::claim_rows(claims, expect.at, local)).unwrap_or_default();
        let previews = rows.iter().map(|row| value_preview(&row.value)).collect();
        let lifetime = decoded.claims().and_then(claims::lifetime);
        let crack = first_crack(&decoded, ctx);
        let judgement = verify::judge_signature(&decoded, keys, expect);
        let mut analysis = Analysis {
            verdict: verify::judge_claims(&decoded, &judgement, expect),
            walkthrough: encode::walkthrough_for(&decoded, keys),
            decoded,
            header,
            payload,
            rows,
            previews,
            lifetime,
            judgement,
            audience_offer: None,
            findings: Vec::new(),
            crack,
            second: expect.at.floor() as i64,
            plaintext: None,
            dpop: None,
            sd: None,
        };
        analysis.recheck(keys, expect, local);
        analysis
    }

    /// Shows what an opened JWE holds: its plaintext as the payload, its claims in the table, judged as a JWE's.
    pub fn show_plaintext(&mut self, decrypted: Decrypted, expect: &Expectations, local: FixedOffset) {
        let plaintext = decrypted.opened.as_ref().map(|opened| opened.plaintext.clone()).unwrap_or_default();
        self.payload = match serde_json::from_slice::<serde_json::Value>(&plaintext) {
            Ok(value) => PayloadLines::Json(JsonLines::new(&value)),
            Err(_) => match String::from_utf8(plaintext) {
                Ok(text) => PayloadLines::Text { total: text.len(), text },
                Err(bytes) => PayloadLines::Hex {
                    total: bytes.as_bytes().len(),
                    hex: bytes.as_bytes().iter().take(4096).map(|byte| format!("{byte:02x}")).collect(),
                },
            },
        };
        let claims = decrypted.payload();
        self.rows = claims.as_ref().map(|claims| claims::claim_rows(claims, expect.at, local)).unwrap_or_default();
        self.previews = self.rows.iter().map(|row| value_preview(&row.value)).collect();
        self.lifetime = claims.as_ref().and_then(claims::lifetime);
        self.plaintext = Some(decrypted);
        self.verdict = self.judged(None, expect);
        self.findings.retain(|finding| finding.id != "encrypted_token");
    }

    /// Shows an SD-JWT: this analysis is of its issuer JWT; the disclosures and the claims as disclosed are added,
    /// and the verdict is the SD-JWT's.
    pub fn show_sd_jwt(&mut self, sd: Arc<SdJwt>, keys: Option<&KeySet>, expect: &Expectations) {
        let processed = crate::jose::sdjwt::process(&sd);
        let lines = JsonLines::new(&serde_json::Value::Object(processed.claims.clone()));
        self.sd = Some((sd, lines, processed.undisclosed, processed.references));
        self.verdict = self.judged(keys, expect);
    }

    /// The SD-JWT, its disclosed claims laid out, how many digests nothing discloses, and where each disclosure
    /// is referenced.
    pub fn sd_jwt(&self) -> Option<(&SdJwt, &JsonLines, usize, &[String])> {
        self.sd
            .as_ref()
            .map(|(sd, lines, undisclosed, references)| (sd.as_ref(), lines, *undisclosed, references.as_slice()))
    }

    fn judged(&self, keys: Option<&KeySet>, expect: &Expectations) -> Verdict {
        match (&self.plaintext, &self.sd) {
            (Some(decrypted), _) => verify::judge_plaintext(decrypted, expect),
            (None, Some((sd, _, _, _))) => verify::verify_sd_jwt(sd, keys, expect).1,
            (None, None) => verify::judge_claims(&self.decoded, &self.judgement, expect),
        }
    }

    /// The key changed: the signature is checked again, then the claims.
    pub fn judge(&mut self, keys: Option<&KeySet>, expect: &Expectations, local: FixedOffset) {
        self.judgement = verify::judge_signature(&self.decoded, keys, expect);
        self.walkthrough = encode::walkthrough_for(&self.decoded, keys);
        self.recheck(keys, expect, local);
    }

    /// A claim check or the clock changed: the claims, the times and the findings are judged again.
    pub fn recheck(&mut self, keys: Option<&KeySet>, expect: &Expectations, local: FixedOffset) {
        self.verdict = self.judged(keys, expect);
        self.dpop = verify::dpop_verdict(&self.decoded, expect).map(|(_, report)| report);
        self.audience_offer = verify::unexpected_audiences(&self.decoded, expect);
        self.read_times(expect.at, local);
        self.relint(keys, expect.at);
        self.second = expect.at.floor() as i64;
    }

    /// The once-a-second update: relative times and claim checks move on; findings are made again only when a
    /// time claim changed standing (the token expired, or became valid).
    pub fn tick(&mut self, keys: Option<&KeySet>, expect: &Expectations, local: FixedOffset) {
        self.verdict = self.judged(keys, expect);
        if self.read_times(expect.at, local) {
            self.relint(keys, expect.at);
        }
        self.second = expect.at.floor() as i64;
    }

    /// Starts the crack of a token that stayed unchanged long enough, and picks up one that finished; says
    /// whether the findings changed.
    pub fn poll_crack(&mut self, keys: Option<&KeySet>, now: f64, ctx: &egui::Context) -> bool {
        if let CrackState::Waiting { since } = self.crack {
            let waited = since.elapsed();
            if waited < CRACK_DELAY {
                ctx.request_repaint_after(CRACK_DELAY - waited);
                return false;
            }
            self.crack = spawn_crack(&self.decoded, ctx);
        }
        let CrackState::Running { result, .. } = &self.crack else { return false };
        match result.try_recv() {
            Ok(found) => self.crack = CrackState::Known(found),
            Err(mpsc::TryRecvError::Empty) => return false,
            Err(mpsc::TryRecvError::Disconnected) => self.crack = CrackState::Known(Crack::NotFound),
        }
        self.relint(keys, now);
        true
    }

    fn relint(&mut self, keys: Option<&KeySet>, now: f64) {
        let crack = match &self.crack {
            CrackState::Known(crack) => *crack,
            CrackState::Waiting { .. } | CrackState::Running { .. } => Crack::Pending,
        };
        self.findings =
            lint::lint(&self.decoded, &LintOptions { now, keys, crack: Some(crack), ..LintOptions::default() });
        if self.plaintext.is_some() {
            // It was read after all.
            self.findings.retain(|finding| finding.id != "encrypted_token");
        }
    }

    /// Reads the time claims at `at`; says whether any of them changed standing.
    fn read_times(&mut self, at: f64, local: FixedOffset) -> bool {
        let mut standing_changed = false;
        for row in &mut self.rows {
            if let Some(time) = &mut row.time {
                let before = time.as_ref().ok().map(|fact| fact.standing);
                *time = claims::time_fact(&row.name, &row.value, at, local);
                standing_changed |= before != time.as_ref().ok().map(|fact| fact.standing);
            }
        }
        standing_changed
    }

    pub fn decoded(&self) -> &Decoded {
        &self.decoded
    }

    pub fn header(&self) -> Option<&JsonLines> {
        self.header.as_ref()
    }

    pub fn payload(&self) -> &PayloadLines {
        &self.payload
    }

    pub fn rows(&self) -> impl Iterator<Item = (&ClaimRow, &str)> {
        self.rows.iter().zip(self.previews.iter().map(String::as_str))
    }

    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    pub fn lifetime(&self) -> Option<f64> {
        self.lifetime
    }

    pub fn verdict(&self) -> &Verdict {
        &self.verdict
    }

    pub fn audience_offer(&self) -> Option<&[String]> {
        self.audience_offer.as_deref()
    }

    pub fn dpop(&self) -> Option<&crate::jose::dpop::DpopReport> {
        self.dpop.as_ref()
    }

    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Whether the word list is still being tried in the background.
    pub fn crack_pending(&self) -> bool {
        !matches!(self.crack, CrackState::Known(_))
    }

    pub fn walkthrough(&self) -> Option<&HmacWalkthrough> {
        self.walkthrough.as_ref()
    }

    pub fn second(&self) -> i64 {
        self.second
    }

    /// Whether a relative time is on screen, so the window must tick once a second.
    pub fn has_live_times(&self) -> bool {
        self.rows.iter().any(|row| row.time.is_some())
    }

    pub fn is_jwe(&self) -> bool {
        self.decoded.kind == TokenKind::Jwe
    }
}

/// The crack of a small token at once; a larger one waits for the token to stay unchanged.
fn first_crack(decoded: &Arc<Decoded>, ctx: &egui::Context) -> CrackState {
    let small = decoded.signing_input().is_none_or(|input| input.len() <= INLINE_CRACK_LIMIT);
    if small {
        return CrackState::Known(lint::crack(decoded));
    }
    ctx.request_repaint_after(CRACK_DELAY);
    CrackState::Waiting { since: Instant::now() }
}

/// Tries the word list on a thread that wakes the window when it is done.
fn spawn_crack(decoded: &Arc<Decoded>, ctx: &egui::Context) -> CrackState {
    let (sender, result) = mpsc::channel();
    let worker_decoded = decoded.clone();
    let ctx = ctx.clone();
    let abandoned = Arc::new(AtomicBool::new(false));
    let worker_abandoned = abandoned.clone();
    let spawned = std::thread::Builder::new().name("word-list crack".into()).spawn(move || {
        let found = lint::crack_unless(&worker_decoded, &worker_abandoned);
        // The window may have moved on to another token; then nobody listens and the result is dropped.
        if sender.send(found).is_ok() {
            ctx.request_repaint();
        }
    });
    match spawned {
        Ok(_) => CrackState::Running { result, _abandon: Abandon(abandoned) },
        Err(_) => CrackState::Known(lint::crack(decoded)),
    }
}

/// A claim value on one line, at most a few hundred characters: the table truncates it further to fit.
fn value_preview(value: &serde_json::Value) -> String {
    const LIMIT: usize = 300;
    let text = match value {
        serde_json::Value::String(text) if text.len() <= LIMIT => format!("\"{text}\""),
        serde_json::Value::String(text) => format!("\"{}…", text.chars().take(LIMIT).collect::<String>()),
        other => {
            let text = other.to_string();
            if text.len() <= LIMIT { text } else { format!("{}…", text.chars().take(LIMIT).collect::<String>()) }
        }
    };
    text.replace(['\n', '\r'], " ")
}
