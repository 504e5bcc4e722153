//! The token core: pure functions over strings and bytes that answer what a token holds (`decode`),
//! what its claims mean (`claims`, `catalogue`), whether it is genuine (`verify`), what is risky about it
//! (`lint`), and how to make one (`encode`). Nothing here reads the clock, the disk or the network.

pub mod algorithm;
pub mod b64;
pub mod catalogue;
pub mod claims;
pub mod decode;
pub mod dpop;
pub mod encode;
pub mod error;
pub mod extract;
pub mod json;
pub mod jwe;
pub mod jwk;
pub mod keys;
pub mod lint;
pub mod profile;
pub mod sdjwt;
pub mod signature;
pub mod time;
pub mod verify;

pub use decode::{Decoded, TokenKind, decode};
pub use error::{ErrorKind, Problem, Segment};
