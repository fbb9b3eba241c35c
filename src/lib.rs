//! Bereken uw recht: which gemeentelijke minimaregelingen likely apply to a household.
//!
//! The rules are data (`policies/*.toml`), the engine is small, and it runs the same natively
//! (the `bur` CLI, tests, benchmarks) and as WebAssembly (the widget, through `wasm.rs` only).
//!
//! ```text
//! policy file ──Policy::uit_toml──▶ Policy ─┐
//! normen.toml ──Normen::uit_toml──▶ Normen ─┤
//! answers ──Antwoorden::uit_json──▶ Antwoorden ─▶ evaluate(.., peildatum) ─▶ Report
//! ```

pub mod bestand;
#[cfg(feature = "catalogus")]
pub mod catalogus;
#[cfg(feature = "catalogus")]
pub mod catalogus_check;
pub mod datum;
pub mod dekking;
pub mod diagnose;
pub mod evaluate;
pub mod household;
mod json_lezer;
pub mod json_tekst;
pub mod money;
pub mod norms;
pub mod policy;
pub mod questions;
pub mod report;
pub mod suggestie;
pub mod tekst;
#[cfg(feature = "toml")]
pub mod toml_json;
pub mod uitleg;

#[cfg(feature = "yaml")]
pub mod scenario;
#[cfg(feature = "yaml")]
pub mod yaml;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use datum::Datum;
pub use diagnose::Diagnose;
pub use evaluate::{evaluate, evaluate_regelingen, relevant_questions, EvaluatieFout, Leefvorm};
pub use household::{Antwoorden, Veldfout};
pub use norms::Normen;
pub use policy::Policy;
pub use report::{Report, Status};
