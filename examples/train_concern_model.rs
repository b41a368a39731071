//! Trains the safeguarding concern model from the labelled corpora, the
//! labelled sets kept with the tests and the sentences written for it
//! (`models/concern_training_sentences.tsv`), and
//! writes `models/concern_words.tsv`, printing what cross-validation
//! measured. Deterministic: the same corpora give the same file.
//!
//!     cargo run --example train_concern_model [CORPUS_FOLDER]
//!
//! The corpus folder defaults to `../shared/corpus` (dev, train and
//! safeguarding `.jsonl` files).

use std::path::PathBuf;
use std::process::ExitCode;

use absence_line::parse::safeguarding::model::training::{train, training_examples};

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = std::env::args_os()
        .nth(1)
        .map_or_else(|| root.join("../shared/corpus"), PathBuf::from);
    let examples = match training_examples(&root, &corpus) {
        Ok(examples) => examples,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let trained = train(&examples);
    let out = root.join("models/concern_words.tsv");
    if let Err(e) = std::fs::write(&out, &trained.model_file) {
        eprintln!("{}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    print!("{}", trained.report);
    println!("wrote {}", out.display());
    ExitCode::SUCCESS
}
