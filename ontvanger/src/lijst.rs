//! `bur-ontvanger --lijst`: the stored requests, each with its reference and when it arrived,
//! for a look at what came in without a SQLite client.

use crate::opslag::Opslag;
use serde_json::Value;
use std::process::ExitCode;

pub fn toon(database: &str) -> ExitCode {
    let rijen = Opslag::open(database).and_then(|o| o.lijst());
    match rijen {
        Ok(rijen) if rijen.is_empty() => println!("{database}: nog geen verzoeken"),
        Ok(rijen) => {
            for (referentie, ontvangen, verzoek) in rijen {
                let leesbaar = serde_json::from_str::<Value>(&verzoek)
                    .and_then(|v| serde_json::to_string_pretty(&v))
                    .unwrap_or(verzoek);
                println!("{referentie}  ontvangen {ontvangen}\n{leesbaar}\n");
            }
        }
        Err(e) => {
            eprintln!("bur-ontvanger: database {database}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
