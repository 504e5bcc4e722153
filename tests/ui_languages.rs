//! The window in Korean and with Korean text, driven through egui_kittest: the language switch relabels the window
//! and is kept in the settings, a language given at launch wins for that run, and the installed fonts have every
//! glyph of a Korean payload in both the proportional and the monospace family.

use egui::FontId;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tokenscope::app::{Launch, Saved, Settings, TokenscopeApp};
use tokenscope::i18n::Lang;

fn harness(saved: Saved, launch: Launch) -> Harness<'static, TokenscopeApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut TokenscopeApp| app.ui_root(ui), TokenscopeApp::new(saved, launch))
}

#[test]
fn the_language_switch_relabels_the_window_and_is_saved() {
    let mut harness = harness(Saved::default(), Launch::default());
    harness.get_by_label("Inspect");
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("한국어").click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().language(), Lang::Ko);
    assert_eq!(harness.state().saved().settings.lang, Some(Lang::Ko));
    harness.get_by_label("검사");
    harness.get_by_label("인코딩");
    harness.get_by_label("타임라인");
    assert!(harness.query_by_label("Inspect").is_none(), "no English tab label is left");
    harness.get_by_label("예제").click();
    harness.run();
    harness.get_by_label("만료됨");
    harness.get_by_label("ID 토큰");
}

#[test]
fn the_locale_decides_until_the_user_chooses_and_a_launch_language_wins_for_its_run() {
    let korean_locale = Launch { locale: Lang::Ko, ..Launch::default() };
    let mut harness = harness(Saved::default(), korean_locale);
    harness.run();
    harness.get_by_label("검사");
    assert_eq!(harness.state().saved().settings.lang, None, "following the locale is not a choice to save");

    let chose_english = Saved { settings: Settings { lang: Some(Lang::En), ..Settings::default() }, last_token: None };
    let harness = harness_with(chose_english.clone(), Launch { locale: Lang::Ko, ..Launch::default() });
    harness.get_by_label("Inspect");

    let harness = harness_with(chose_english, Launch { lang: Some(Lang::Ko), ..Launch::default() });
    harness.get_by_label("검사");
    assert_eq!(harness.state().saved().settings.lang, Some(Lang::En), "a launch language is for this run only");
}

fn harness_with(saved: Saved, launch: Launch) -> Harness<'static, TokenscopeApp> {
    let mut harness = harness(saved, launch);
    harness.run();
    harness
}

#[test]
fn the_window_has_every_glyph_of_a_korean_payload_in_both_families() {
    let mut harness = harness(Saved::default(), Launch::default());
    harness.run();
    let text = "홍길동 관리자 ㄱㅎ 한국어 토큰";
    for font in [FontId::proportional(14.0), FontId::monospace(14.0)] {
        assert!(harness.ctx.fonts_mut(|fonts| fonts.has_glyphs(&font, text)), "{font:?}");
    }
}
