//! The decoder against published examples (RFC 7515 A.1, RFC 7516 A.3), against malformed inputs that must
//! name the right segment and character, and against arbitrary text that must never make it panic.

use proptest::prelude::*;
use tokenscope::jose::{self, Segment, TokenKind};

const RFC7515_A1: &str = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

const RFC7516_A3: &str = "eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ";

/// `{"alg":"HS256"}`, `{"sub":"1"}` and three signature bytes.
const H: &str = "eyJhbGciOiJIUzI1NiJ9";
const P: &str = "eyJzdWIiOiIxIn0";
const S: &str = "c2ln";

#[test]
fn rfc7515_a1_decodes_byte_for_byte_with_its_crlf() {
    let decoded = jose::decode(RFC7515_A1);
    assert!(decoded.problems.is_empty());
    assert_eq!(decoded.kind, TokenKind::Jws);
    assert_eq!(
        decoded.part(Segment::Header).and_then(|part| part.bytes.as_deref()).unwrap(),
        b"{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}"
    );
    assert_eq!(
        decoded.payload_bytes().unwrap(),
        b"{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"
    );
    let claims = decoded.claims().unwrap();
    let names: Vec<&str> = claims.keys().map(String::as_str).collect();
    assert_eq!(names, ["iss", "exp", "http://example.com/is_root"]);
    assert_eq!(decoded.alg(), Some("HS256"));
    assert_eq!(decoded.signature_bytes().unwrap().len(), 32);
    assert_eq!(decoded.signing_input().unwrap(), RFC7515_A1.rsplit_once('.').unwrap().0);
}

#[test]
fn rfc7516_a3_is_a_jwe_with_its_five_parts_named() {
    let decoded = jose::decode(RFC7516_A3);
    assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    assert_eq!(decoded.kind, TokenKind::Jwe);
    assert_eq!(decoded.alg(), Some("A128KW"));
    assert_eq!(decoded.header_str("enc"), Some("A128CBC-HS256"));
    let sizes: Vec<(Segment, usize)> =
        decoded.parts.iter().map(|part| (part.segment, part.bytes.as_ref().unwrap().len())).collect();
    assert_eq!(
        sizes,
        [
            (Segment::Header, 38),
            (Segment::EncryptedKey, 40),
            (Segment::Iv, 16),
            (Segment::Ciphertext, 32),
            (Segment::Tag, 16)
        ]
    );
    assert_eq!(decoded.payload_bytes(), None);
}

#[test]
fn parts_carry_their_ranges_in_the_pasted_text() {
    let text = format!("Authorization: Bearer {H}.{P}.{S}\n");
    let decoded = jose::decode(&text);
    let ranges: Vec<&str> = decoded.parts.iter().map(|part| &text[part.range.clone()]).collect();
    assert_eq!(ranges, [H, P, S]);
    assert_eq!(&text[decoded.token_range.clone()], format!("{H}.{P}.{S}"));
}

#[test]
fn a_broken_payload_still_shows_the_header() {
    let decoded = jose::decode(&format!("{H}.e!!.{S}"));
    assert_eq!(decoded.alg(), Some("HS256"));
    assert_eq!(decoded.problem().unwrap().segment, Some(Segment::Payload));
    assert_eq!(decoded.signature_bytes(), Some(&b"sig"[..]));
}

#[test]
fn a_missing_signature_still_shows_header_and_payload() {
    let decoded = jose::decode(&format!("{H}.{P}"));
    assert_eq!(decoded.claims().unwrap()["sub"], "1");
    assert_eq!(decoded.problem().unwrap().segment, Some(Segment::Signature));
}

#[test]
fn unsecured_and_nested_tokens_are_recognised() {
    // {"alg":"none"} and {"alg":"HS256","cty":"JWT"}
    assert!(jose::decode(&format!("eyJhbGciOiJub25lIn0.{P}.")).is_unsecured());
    assert!(jose::decode(&format!("eyJhbGciOiJIUzI1NiIsImN0eSI6IkpXVCJ9.{P}.{S}")).is_nested());
}

#[test]
fn payload_that_is_not_json_is_kept_as_text_or_bytes() {
    let text = jose::decode(&format!("{H}.aGVsbG8.{S}"));
    assert_eq!(text.payload_text(), Some("hello"));
    assert!(text.payload_json.is_none());
    let bytes = jose::decode(&format!("{H}._w.{S}"));
    assert_eq!(bytes.payload_bytes(), Some(&[0xff_u8][..]));
    assert_eq!(bytes.payload_text(), None);
}

#[test]
fn payload_with_repeated_members_keeps_the_last_and_says_so() {
    // {"a":1,"a":2}
    let decoded = jose::decode(&format!("{H}.eyJhIjoxLCJhIjoyfQ.{S}"));
    assert!(decoded.problems.is_empty());
    assert_eq!(decoded.claims().unwrap()["a"], 2);
    assert_eq!(decoded.payload_duplicates, ["a"]);
}

/// (input, segment at fault, character offset in the input as given)
fn malformed_cases() -> Vec<(String, Segment, usize)> {
    let h = H.len();
    let p = P.len();
    let s = S.len();
    let jwe: Vec<&str> = RFC7516_A3.split('.').collect();
    let jwe_with = |index: usize, replacement: &str| {
        let mut parts = jwe.clone();
        parts[index] = replacement;
        parts.join(".")
    };
    let offset_of_part = |index: usize| jwe[..index].iter().map(|part| part.len() + 1).sum::<usize>();
    vec![
        (String::new(), Segment::Token, 0),
        (H.to_owned(), Segment::Payload, h),
        (format!("{H}.{P}"), Segment::Signature, h + 1 + p),
        (format!("{H}.{P}.{S}.x"), Segment::Token, h + 1 + p + 1 + s),
        (format!("{H}.{P}.{S}.x.y.z"), Segment::Token, h + 1 + p + 1 + s + 4),
        (format!("{H}=.{P}.{S}"), Segment::Header, h),
        (format!("{H}.{P}=.{S}"), Segment::Payload, h + 1 + p),
        (format!("{H}.{P}.{S}="), Segment::Signature, h + 1 + p + 1 + s),
        (format!("{H}.{P}.{S}+"), Segment::Signature, h + 1 + p + 1 + s),
        (format!("{H}.{P}.c2/n"), Segment::Signature, h + 1 + p + 1 + 2),
        (format!("{H}.eyJz dWIiOiIxIn0.{S}"), Segment::Payload, h + 1 + 4),
        (format!("{H}.{P}.c2\tln"), Segment::Signature, h + 1 + p + 1 + 2),
        (format!("{H}.{P}.c2\nln"), Segment::Signature, h + 1 + p + 1 + 2),
        (format!("{H}.{P}.c2%ln"), Segment::Signature, h + 1 + p + 1 + 2),
        (format!("{H}.eyé.{S}"), Segment::Payload, h + 1 + 2),
        (format!("{H}.é.c2=n"), Segment::Payload, h + 1),
        (format!("{H}.{P}.é=="), Segment::Signature, h + 1 + p + 1),
        (format!("Bearer {H}.{P}.{S}="), Segment::Signature, 7 + h + 1 + p + 1 + s),
        (format!("Authorization: Bearer {H}=.{P}.{S}"), Segment::Header, 22 + h),
        (format!("{{\"access_token\": \"{H}.{P}.{S}=\"}}"), Segment::Signature, 18 + h + 1 + p + 1 + s),
        (format!("“{H}.{P}.{S}”"), Segment::Header, 0),
        (format!("é {H}.{P}.{S}"), Segment::Header, 0),
        (format!("bm90IGpzb24.{P}.{S}"), Segment::Header, 0), // "not json"
        (format!("W10.{P}.{S}"), Segment::Header, 0),         // []
        (format!("bnVsbA.{P}.{S}"), Segment::Header, 0),      // null
        (format!("IngiIA.{P}.{S}"), Segment::Header, 0),      // "x"
        (format!("MTI.{P}.{S}"), Segment::Header, 0),         // 12
        (format!("_w.{P}.{S}"), Segment::Header, 0),          // 0xff: not UTF-8
        (format!(".{P}.{S}"), Segment::Header, 0),            // empty header
        ("..".to_owned(), Segment::Header, 0),
        (format!("eyJhbGciOiJIUzI1NiIsImFsZyI6Im5vbmUifQ.{P}.{S}"), Segment::Header, 0), // repeated alg
        (format!("QR.{P}.{S}"), Segment::Header, 1),                                     // non-zero unused bits
        (format!("abcde.{P}.{S}"), Segment::Header, 4),                                  // impossible length
        (format!("{H}.{P}.QR"), Segment::Signature, h + 1 + p + 1 + 1),
        (format!("  {H}.{P}.{S}=  "), Segment::Signature, 2 + h + 1 + p + 1 + s),
        (jwe_with(1, "6KB7=="), Segment::EncryptedKey, offset_of_part(1) + 4),
        (jwe_with(2, "Ax+8"), Segment::Iv, offset_of_part(2) + 2),
        (jwe_with(3, "KDl TtX"), Segment::Ciphertext, offset_of_part(3) + 3),
        (jwe_with(4, "U0m_Ym="), Segment::Tag, offset_of_part(4) + 6),
    ]
}

#[test]
fn malformed_inputs_name_the_segment_and_character() {
    for (input, segment, offset) in malformed_cases() {
        let decoded = jose::decode(&input);
        let problem = decoded.problem().unwrap_or_else(|| panic!("{input:?} decoded without a problem"));
        assert_eq!(problem.kind, jose::ErrorKind::Malformed, "{input:?}");
        assert_eq!((problem.segment, problem.offset), (Some(segment), Some(offset)), "{input:?}: {}", problem.message);
    }
}

#[test]
fn padding_gets_a_hint() {
    let decoded = jose::decode(&format!("{H}.{P}.{S}="));
    assert!(decoded.problem().unwrap().message.to_string().contains("'=' padding is not allowed in base64url"));
}

#[test]
fn empty_payload_and_empty_signature_are_not_malformed() {
    let decoded = jose::decode(&format!("{H}.."));
    assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    assert_eq!(decoded.payload_bytes(), Some(&b""[..]));
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC*") {
        let decoded = jose::decode(&text);
        if let Some(problem) = decoded.problem() {
            prop_assert!(problem.offset.unwrap() <= text.chars().count());
        }
    }

    #[test]
    fn token_shaped_text_never_panics(text in "[A-Za-z0-9_=+/. -]{0,80}") {
        let decoded = jose::decode(&text);
        prop_assert!(decoded.problem().is_none_or(|problem| problem.offset.unwrap() <= text.chars().count()));
    }

    #[test]
    fn any_bytes_as_parts_decode_back(header in proptest::collection::vec(any::<u8>(), 0..64),
                                     payload in proptest::collection::vec(any::<u8>(), 0..64)) {
        let token = format!("{}.{}.", jose::b64::encode(&header), jose::b64::encode(&payload));
        let decoded = jose::decode(&token);
        prop_assert_eq!(decoded.payload_bytes(), Some(&payload[..]));
        prop_assert_eq!(decoded.part(Segment::Header).and_then(|part| part.bytes.as_deref()), Some(&header[..]));
    }
}
