//! The reference receiver's parts, so tests reach them; `main.rs` only starts them.
pub mod antwoord;
pub mod gemeenten;
pub mod instellingen;
pub mod json_uniek;
pub mod lijf;
pub mod lijst;
pub mod ontvang;
pub mod opslag;
pub mod router;
pub mod schema;
pub mod server;
