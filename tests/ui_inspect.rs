//! The inspector and encoder tabs driven through egui_kittest, as a user would: type or paste a token, read the
//! decoded claims, the relative time and the banner, enter the secret, tamper with the token, switch the secret's
//! encoding, and sign an edited payload in the encoder. No display or GPU is needed.

use chrono::Utc;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tokenscope::app::{Launch, Saved, TokenscopeApp};
use tokenscope::jose::claims;

const SAMPLE: &str = include_str!("../assets/samples/hs256.jwt");
const SECRET: &str = "kY8#qL2!vR9$wZ4^nT6&bJ1*cM5@xP3%";

fn harness() -> Harness<'static, TokenscopeApp> {
    Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_ui_state(
        |ui, app: &mut TokenscopeApp| app.ui_root(ui),
        TokenscopeApp::new(Saved::default(), Launch::default()),
    )
}

/// Replaces the whole text of the field labelled `label` by typing, as a user would.
fn retype(harness: &mut Harness<'_, TokenscopeApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn token() -> &'static str {
    SAMPLE.trim()
}

#[test]
fn a_typed_token_shows_its_claims_relative_time_and_an_unchecked_banner() {
    let mut harness = harness();
    harness.run();
    retype(&mut harness, "Token", token());
    harness.get_by_label("\"user-4821\"");
    harness.get_by_label("\"https://auth.example.com\"");
    harness.get_by_label("Not checked (no key given)");
    // The exp row reads the same as the core's time fact at this moment.
    let now = Utc::now();
    let fact = claims::time_fact(
        "exp",
        &serde_json::json!(4102444800i64),
        tokenscope::jose::time::seconds(now),
        *now.with_timezone(&chrono::Local).offset(),
    )
    .unwrap();
    assert!(fact.relative.to_string().starts_with("expires in "), "{}", fact.relative);
    harness.get_by_label(&format!("{}  ·  {}  ·  local {}", fact.relative, fact.utc, fact.local));
    harness.get_by_label("Lifetime (exp − iat): 73 years");
}

#[test]
fn the_right_secret_verifies_and_one_changed_character_does_not() {
    let mut harness = harness();
    harness.run();
    retype(&mut harness, "Token", token());
    retype(&mut harness, "Secret", SECRET);
    harness.get_by_label("✔ Signature verified");

    // Flip one character of the payload segment (a base64url letter for another).
    let mut tampered: Vec<char> = token().chars().collect();
    let position = token().find('.').unwrap() + 5;
    tampered[position] = if tampered[position] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    retype(&mut harness, "Token", &tampered);
    harness.get_by_label("✖ Invalid signature");
    assert!(harness.query_by_label("✔ Signature verified").is_none());
}

#[test]
fn switching_the_secret_encoding_reads_the_secret_differently() {
    use base64::Engine as _;
    let mut harness = harness();
    harness.run();
    retype(&mut harness, "Token", token());
    let encoded = base64::engine::general_purpose::STANDARD.encode(SECRET);
    retype(&mut harness, "Secret", &encoded);
    // Read as UTF-8 text, the base64 form is another secret.
    harness.get_by_label("✖ Invalid signature");
    harness.get_by_label("Secret encoding").click();
    harness.run();
    harness.get_by_label("base64").click();
    harness.run();
    harness.get_by_label("✔ Signature verified");
    assert_eq!(harness.state().settings().secret_encoding.label(), "base64");
}

#[test]
fn the_encoder_signs_an_edited_payload_that_verifies_in_the_inspector() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Encode").click();
    harness.run();
    retype(&mut harness, "Payload JSON", r#"{"sub": "ada", "role": "admin"}"#);
    retype(&mut harness, "Signing secret", SECRET);
    harness.get_by_label("✔ Signature verified");
    let token = harness.state().encode().output().unwrap().to_owned();
    assert_eq!(tokenscope::jose::decode(&token).claims().unwrap()["role"], "admin");

    harness.get_by_label("Open in inspector").click();
    harness.run();
    retype(&mut harness, "Secret", SECRET);
    harness.get_by_label("\"admin\"");
    harness.get_by_label("✔ Signature verified");
}

#[test]
fn a_malformed_token_names_the_segment_and_character() {
    let mut harness = harness();
    harness.run();
    retype(&mut harness, "Token", "eyJhbGciOiJIUzI1NiJ9.e30=.c2ln");
    harness.get_by_label_contains("'=' padding is not allowed in base64url");
}

#[test]
fn an_empty_editor_shows_the_hint_and_no_error() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Paste a token to inspect it");
    assert!(harness.query_by_label_contains("Malformed").is_none());
    assert!(harness.query_by_label_contains("there is no token").is_none());
}

#[test]
fn typing_before_a_flagged_multibyte_character_keeps_the_editor_working() {
    let mut harness = harness();
    harness.run();
    // A zero-width space pasted inside the payload: the decoder flags it, the editor underlines it.
    let token = "eyJhbGciOiJIUzI1NiJ9.eyJ\u{200b}zdWIiOiIxIn0.c2ln";
    retype(&mut harness, "Token", token);
    harness.get_by_label_contains("is not a base64url character");
    harness.key_press(Key::Home);
    harness.run();
    harness.get_by_label("Token").type_text("x");
    harness.run();
    assert_eq!(harness.state().inspect().text(), format!("x{token}"));
    harness.get_by_label_contains("the header is not valid base64url");
}

#[test]
fn an_audience_nobody_expected_fails_as_on_the_command_line_and_is_offered_in_one_click() {
    let mut harness = harness();
    harness.run();
    retype(&mut harness, "Token", token());
    retype(&mut harness, "Secret", SECRET);
    harness.get_by_label("Token not valid: invalid_audience");
    harness.get_by_label("Expect \"orders-api\"").click();
    harness.run();
    harness.get_by_label("Token valid");

    let mut harness = self::harness();
    harness.run();
    retype(&mut harness, "Token", token());
    retype(&mut harness, "Secret", SECRET);
    harness.get_by_label("Skip the aud check").click();
    harness.run();
    harness.get_by_label("Token valid");
    assert!(harness.query_by_label("Expect \"orders-api\"").is_none());
}

#[test]
fn ctrl_shift_c_copies_the_decoded_payload() {
    let mut harness = harness();
    harness.run();
    harness.state_mut().apply(tokenscope::app::Command::LoadToken(token().to_owned()), &egui::Context::default());
    harness.run();
    // The key goes down in one frame, whose output carries the copy.
    let modifiers = Modifiers::COMMAND | Modifiers::SHIFT;
    harness.input_mut().events.push(egui::Event::ModifiersChanged(modifiers));
    harness.input_mut().events.push(egui::Event::Key {
        key: Key::C,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    });
    harness.step();
    let copied: Vec<&str> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let payload = tokenscope::jose::decode(token()).payload_json.unwrap();
    assert_eq!(copied, [serde_json::to_string_pretty(&payload).unwrap().as_str()]);
    harness.input_mut().events.push(egui::Event::ModifiersChanged(Modifiers::default()));
    harness.run();
    harness.get_by_label("Decoded payload copied.");
}

/// A file dropped on the window, as an integration hands it over.
#[derive(Debug)]
struct DroppedText {
    path: std::path::PathBuf,
    bytes: Vec<u8>,
}

impl egui::DroppedFile for DroppedText {
    fn path(&self) -> &std::path::Path {
        &self.path
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        Ok(self.bytes.clone())
    }
}

#[test]
fn a_dropped_file_is_opened_and_one_that_is_not_text_says_so() {
    let mut harness = harness();
    harness.run();
    let drop = |harness: &mut Harness<'_, TokenscopeApp>, name: &str, bytes: Vec<u8>| {
        let file = DroppedText { path: name.into(), bytes };
        harness.input_mut().dropped_files.push(std::sync::Arc::new(file));
        harness.run();
    };
    drop(&mut harness, "token.txt", format!("{}\n", token()).into_bytes());
    harness.get_by_label("\"user-4821\"");
    drop(&mut harness, "image.png", vec![0x89, b'P', b'N', b'G', 0xff, 0xfe]);
    harness.get_by_label("image.png is not text.");
    assert_eq!(harness.state().inspect().text().trim(), token());
}

#[test]
fn the_encoder_shows_its_token_as_one_coloured_text() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Encode").click();
    harness.run();
    let token = harness.state().encode().output().unwrap().to_owned();
    assert_eq!(harness.query_all_by_label(&token).count(), 1, "the token is one text, drawn from the editor's layout");
}

fn signed_with(
    private_pem_or_jwk: &str,
    alg: tokenscope::jose::algorithm::Algorithm,
    header: serde_json::Value,
) -> String {
    let key = tokenscope::jose::keys::parse_key(private_pem_or_jwk).unwrap();
    let payload = serde_json::json!({"sub": "kim", "exp": 4102444800i64});
    tokenscope::jose::encode::encode(header.as_object().unwrap(), &payload, alg, &key.keys[0]).unwrap().token
}

#[test]
fn a_weak_rsa_key_fails_as_weak_key_until_weak_keys_are_allowed() {
    let data =
        |name: &str| std::fs::read_to_string(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let token =
        signed_with(&data("rsa1024.private.pem"), tokenscope::jose::algorithm::Algorithm::RS256, serde_json::json!({}));
    let mut harness = harness();
    harness.run();
    retype(&mut harness, "Token", &token);
    retype(&mut harness, "Public key", &data("rsa1024.public.pem"));
    harness.get_by_label("✔ Signature verified");
    harness.get_by_label("Token not valid: weak_key");
    assert!(harness.query_all_by_label_contains("RSA 1024-bit public key").count() >= 1, "the size is shown");
    harness.get_by_label("Allow weak keys").click();
    harness.run();
    harness.get_by_label("Token valid");
}

#[test]
fn the_key_a_token_carries_shows_a_match_but_never_a_valid_token() {
    let mut jwk: serde_json::Value = serde_json::from_str(P256_PRIVATE_JWK).unwrap();
    jwk.as_object_mut().unwrap().remove("d");
    let token =
        signed_with(P256_PRIVATE_JWK, tokenscope::jose::algorithm::Algorithm::ES256, serde_json::json!({"jwk": jwk}));
    let mut harness = harness();
    harness.run();
    retype(&mut harness, "Token", &token);
    harness.get_by_label("Not checked (no key given)");
    harness.get_by_label("Try the key the token carries").click();
    harness.run();
    harness.get_by_label("✔ Signature verified");
    harness.get_by_label("Token not valid: untrusted_key");
}

const P256_PRIVATE_JWK: &str = r#"{"kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", "d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}"#;

#[test]
fn a_text_over_the_window_limit_is_refused_with_a_notice() {
    let mut harness = harness();
    harness.run();
    harness.state_mut().apply(tokenscope::app::Command::LoadToken(token().to_owned()), &egui::Context::default());
    harness.run();
    let huge = "a".repeat(tokenscope::app::LOAD_LIMIT + 1);
    harness.state_mut().apply(tokenscope::app::Command::LoadToken(huge), &egui::Context::default());
    harness.run();
    harness.get_by_label_contains("Not opened: the text is 32 MB, and the window opens up to 32 MB.");
    assert_eq!(harness.state().inspect().text(), token(), "the token shown stays");
}

#[test]
fn the_encoder_refuses_a_key_too_small_for_its_algorithm_instead_of_failing() {
    let key =
        std::fs::read_to_string(format!("{}/tests/data/rsa1024.private.pem", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Encode").click();
    harness.run();
    harness.get_by_label("Signing algorithm").click();
    harness.run();
    harness.get_by_label("PS512").click();
    harness.run();
    retype(&mut harness, "Private key", &key);
    harness.get_by_label("an RSA key of 1024 bits is too small for PS512, which needs at least 1034 bits");
    harness.get_by_label("Signing algorithm").click();
    harness.run();
    harness.get_by_label("RS256").click();
    harness.run();
    harness.get_by_label("✔ Signature verified");
    harness.get_by_label_contains("A careful verifier will refuse this token: the RSA key is 1024 bits");
}

#[test]
fn the_jwe_sample_opens_with_its_key_and_shows_its_plaintext() {
    let mut harness = harness();
    harness.state_mut().apply(tokenscope::app::Command::LoadSample("JWE".to_owned()), &egui::Context::default());
    harness.run();
    harness.run();
    harness.get_by_label("🔓 Decrypted with A128KW + A128CBC-HS256");
    harness.get_by_label_contains("Live long and prosper.");
    let decrypted = harness.state().inspect().decrypted().unwrap();
    assert_eq!(decrypted.opened.as_ref().unwrap().plaintext, b"Live long and prosper.");
}

#[test]
fn a_wrong_decryption_key_says_decryption_failed_and_nothing_more() {
    let mut harness = harness();
    harness.state_mut().apply(
        tokenscope::app::Command::LoadToken(include_str!("../assets/samples/jwe.jwt").trim().to_owned()),
        &egui::Context::default(),
    );
    harness.run();
    retype(&mut harness, "Key or secret to decrypt with", r#"{"kty": "oct", "k": "AAAAAAAAAAAAAAAAAAAAAA"}"#);
    harness.run();
    harness.get_by_label("✖ Not decrypted (decryption_failed): the token cannot be decrypted with this key");
}

#[test]
fn a_nested_token_shows_the_inner_claims_and_is_verified_with_the_signing_secret() {
    let inner = tokenscope::jose::encode::encode(
        serde_json::json!({"typ": "JWT"}).as_object().unwrap(),
        &serde_json::json!({"sub": "kim", "role": "관리자"}),
        tokenscope::jose::algorithm::Algorithm::HS256,
        &tokenscope::jose::keys::secret_from_text(SECRET, tokenscope::jose::keys::SecretEncoding::Utf8).unwrap(),
    )
    .unwrap()
    .token;
    let kek = tokenscope::jose::keys::parse_key(r#"{"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg"}"#).unwrap();
    let mut header = serde_json::Map::new();
    header.insert("cty".into(), "JWT".into());
    let sealing = tokenscope::jose::jwe::Sealing {
        plaintext: inner.as_bytes(),
        alg: "A128KW",
        enc: "A128GCM",
        zip: false,
        header,
        p2c: 1,
    };
    let nested = tokenscope::jose::jwe::encrypt(sealing, &kek.keys[0], &mut |b| getrandom::fill(b).unwrap()).unwrap();
    let mut harness = harness();
    harness.state_mut().apply(tokenscope::app::Command::LoadToken(nested), &egui::Context::default());
    harness.run();
    retype(&mut harness, "Key or secret to decrypt with", r#"{"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg"}"#);
    harness.get_by_label("The token inside is shown: its header, claims, signature and findings.");
    assert!(
        harness.query_all_by_label_contains("관리자").count() >= 2,
        "the payload and the claims table show the inner claims"
    );
    retype(&mut harness, "Secret", SECRET);
    harness.run();
    assert!(harness.state().inspect().verdict().unwrap().valid);
    harness.get_by_label("✔ Signature verified");
}

/// Runs frames until `done` holds (a key made on another thread), at most a few seconds' worth.
fn run_until(harness: &mut Harness<'_, TokenscopeApp>, done: impl Fn(&TokenscopeApp) -> bool) {
    for _ in 0..400 {
        // One frame at a time: the spinner asks for frames while the key is made.
        harness.step();
        if done(harness.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the key was not made in time");
}

#[test]
fn generate_key_makes_a_key_for_the_algorithm_and_shows_its_facts() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Encode").click();
    harness.run();
    let before = harness.state().encode().output().unwrap().to_owned();
    harness.get_by_label("Generate key").click();
    run_until(&mut harness, |app| !app.encode().is_generating());
    harness.run();
    harness.get_by_label("Key: oct 256 bits (private)");
    harness.get_by_label("✔ Signature verified");
    assert_ne!(harness.state().encode().output().unwrap(), before, "signed with the new secret");

    // The header's alg chooses the algorithm, as the menu does.
    retype(&mut harness, "Header JSON", r#"{"alg": "ES384", "typ": "JWT"}"#);
    harness.get_by_label("Generate key").click();
    run_until(&mut harness, |app| !app.encode().is_generating());
    harness.run();
    assert!(
        harness.state().encode().output().is_ok(),
        "{:?}",
        harness.state().encode().output().err().flatten().map(ToString::to_string)
    );
    let facts = harness.state().encode().key_facts().unwrap();
    assert_eq!((facts.kty, facts.crv, facts.private), ("EC", Some("P-384"), true));
    harness.get_by_label("Key: EC P-384 (private)");
    harness.get_by_label("✔ Signature verified");
    harness.get_by_label_contains("thumbprint ");
}

#[test]
fn the_encoder_seals_the_signed_token_in_a_jwe_the_inspector_opens() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Encode").click();
    harness.run();
    retype(&mut harness, "Signing secret", SECRET);
    harness.get_by_label("Encrypt the token (a nested JWE)").click();
    harness.run();
    harness.get_by_label("Key management algorithm").click();
    harness.run();
    harness.get_by_label("A128KW").click();
    harness.run();
    let kek = r#"{"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg"}"#;
    retype(&mut harness, "Recipient key", kek);
    let token = harness.state().encode().output().unwrap().to_owned();
    let decoded = tokenscope::jose::decode(&token);
    assert_eq!((decoded.kind, decoded.header_str("cty")), (tokenscope::jose::TokenKind::Jwe, Some("JWT")));
    harness.get_by_label("✔ Signature verified");

    harness.get_by_label("Open in inspector").click();
    harness.run();
    retype(&mut harness, "Key or secret to decrypt with", kek);
    retype(&mut harness, "Secret", SECRET);
    harness.run();
    assert!(harness.state().inspect().verdict().unwrap().valid);
}

#[test]
fn the_encoder_can_encrypt_the_payload_itself() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Encode").click();
    harness.run();
    harness.get_by_label("Encrypt the token (a nested JWE)").click();
    harness.run();
    harness.get_by_label("Encrypt the payload itself (no signature inside)").click();
    harness.run();
    harness.get_by_label("Key management algorithm").click();
    harness.run();
    harness.get_by_label("A128KW").click();
    harness.run();
    let kek = r#"{"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg"}"#;
    retype(&mut harness, "Recipient key", kek);
    let token = harness.state().encode().output().unwrap().to_owned();
    let decoded = tokenscope::jose::decode(&token);
    assert_eq!((decoded.kind, decoded.header_str("cty")), (tokenscope::jose::TokenKind::Jwe, None));
    let keys = tokenscope::jose::keys::parse_key(kek).unwrap();
    let opened = tokenscope::jose::jwe::decrypt(&decoded, &keys, &mut |b| getrandom::fill(b).unwrap()).unwrap();
    let claims: serde_json::Value = serde_json::from_slice(&opened.plaintext).unwrap();
    assert_eq!(claims["name"], "John Doe");
}
