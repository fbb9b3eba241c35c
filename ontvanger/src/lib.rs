//! The reference receiver's parts, apart from its HTTP loop (`main.rs`), so tests reach them.
pub mod opslag;
pub mod schema;
