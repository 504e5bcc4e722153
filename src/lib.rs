//! tokenscope: a JSON Web Token inspector. The `jose` core answers questions about tokens, `sim` runs the
//! access/refresh timeline, and two thin shells present them: `cli` for scripts and `app` for the window.

pub mod app;
pub mod cli;
pub mod i18n;
pub mod jose;
pub mod sim;
