//! The message catalogues are whole: each parses without a problem, every language has every message, every message
//! the code names exists, and every preset is narrated in Korean step by step.

use std::collections::BTreeSet;
use tokenscope::i18n::{Lang, catalogue};
use tokenscope::sim::presets;

fn ids(lang: Lang) -> BTreeSet<String> {
    catalogue(lang).ids().map(str::to_owned).collect()
}

#[test]
fn every_catalogue_parses_without_a_problem() {
    for lang in Lang::ALL {
        assert_eq!(catalogue(lang).problems(), &[] as &[String], "{}.ftl", lang.code());
    }
}

#[test]
fn every_language_has_every_message_of_the_others() {
    let english = ids(Lang::En);
    let korean = ids(Lang::Ko);
    let missing: Vec<_> = english.difference(&korean).collect();
    assert!(missing.is_empty(), "ko.ftl lacks {missing:?}");
    // Preset words are said from the scenario files in English; only the other languages carry them.
    let extra: Vec<_> = korean.difference(&english).filter(|id| !id.starts_with("preset-")).collect();
    assert!(extra.is_empty(), "en.ftl lacks {extra:?}");
}

#[test]
fn every_preset_has_a_korean_name_description_and_narration_for_every_step() {
    let korean = catalogue(Lang::Ko);
    for preset in presets::ALL {
        let scenario = preset.scenario().unwrap();
        let stem = preset.name;
        assert!(korean.has(&format!("preset-{stem}-name")), "{stem}: name");
        if scenario.description.is_some() {
            assert!(korean.has(&format!("preset-{stem}-description")), "{stem}: description");
        }
        for (index, step) in scenario.steps().iter().enumerate() {
            if step.narration.is_some() {
                assert!(korean.has(&format!("preset-{stem}-step-{}", index + 1)), "{stem}: step {}", index + 1);
            }
        }
    }
    let stems: BTreeSet<String> = presets::ALL.iter().map(|preset| format!("preset-{}-", preset.name)).collect();
    let stray: Vec<_> = ids(Lang::Ko)
        .into_iter()
        .filter(|id| id.starts_with("preset-") && id != "preset-broken")
        .filter(|id| !stems.iter().any(|stem| id.starts_with(stem.as_str())))
        .collect();
    assert!(stray.is_empty(), "messages of no preset: {stray:?}");
}

/// The ids the code writes as literals: `text!("id"` and `Text::new("id"`, and the string arrays of ids.
fn ids_in_code() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut folders = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                let whole = std::fs::read_to_string(&path).unwrap();
                // The code, not its tests (which make catalogues of their own) nor its comments.
                let code = whole.split("#[cfg(test)]").next().unwrap_or_default();
                let source: String = code
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .flat_map(|line| [line, "\n"])
                    .collect();
                for opening in ["text!(\"", "Text::new(\""] {
                    for (at, _) in source.match_indices(opening) {
                        if source[..at].ends_with("Rich") {
                            continue;
                        }
                        let rest = &source[at + opening.len()..];
                        let id = &rest[..rest.find('"').unwrap()];
                        if !id.is_empty() && !id.starts_with("test-") {
                            found.insert(id.to_owned());
                        }
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_names_is_in_the_catalogues() {
    let english = ids(Lang::En);
    let missing: Vec<_> = ids_in_code().into_iter().filter(|id| !english.contains(id)).collect();
    assert!(missing.is_empty(), "en.ftl lacks {missing:?}");
}

#[test]
fn the_refresh_api_speaks_the_seed_articles_korean() {
    let say = |status: u16| tokenscope::sim::status_message(status).unwrap().render_in(Lang::Ko);
    assert_eq!(say(200), "토큰이 인증되었습니다");
    assert_eq!(say(400), "유효하지 않은 요청입니다");
    assert_eq!(say(401), "토큰이 유효하지 않습니다");
    assert_eq!(say(403), "권한이 없는 요청입니다");
    assert_eq!(say(500), "서버 내부 오류로 인해 토큰 갱신에 실패했습니다");
    assert_eq!(tokenscope::sim::status_message(401).unwrap().render_in(Lang::En), "Token is not valid");
}

#[test]
fn every_claim_and_header_parameter_of_the_catalogue_has_a_title_and_meaning() {
    use tokenscope::jose::catalogue::{HEADER_PARAMETERS, PUBLIC_CLAIMS, REGISTERED_CLAIMS};
    for lang in Lang::ALL {
        let catalogue = catalogue(lang);
        for entry in REGISTERED_CLAIMS.iter().chain(PUBLIC_CLAIMS).chain(HEADER_PARAMETERS) {
            for text in [entry.title(), entry.meaning()] {
                assert!(catalogue.has(text.id()), "{}.ftl lacks {}", lang.code(), text.id());
            }
        }
    }
}
