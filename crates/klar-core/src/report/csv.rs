//! The class table as CSV, safe to open in a spreadsheet (formula triggers defused).

use crate::app::KlarApp;
use crate::error::{Error, Result};

/// The name the class table's file is offered under.
pub const CLASS_REPORT_FILE: &str = "klar-class-report.csv";

impl KlarApp {
    /// The report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
    /// every alphabet). The cells are the report's; a cell starting with = + - @ gets a leading
    /// apostrophe so a spreadsheet never runs a learner's name as a formula.
    pub fn class_report_csv(&mut self) -> Result<String> {
        self.require_admin()?;
        let table = self.report_table()?;
        let mut rows = vec![table.header];
        rows.extend(table.rows.into_iter().map(|r| r.texts));
        csv_text(&rows)
    }
}

/// A spreadsheet would run a cell that starts with one of these as a formula: also after
/// leading spaces (some programs trim them), and in the full-width forms that some locales'
/// spreadsheets read as the plain ones.
fn defuse(cell: &str) -> String {
    const TRIGGERS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}'];
    let first = cell.trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r').chars().next();
    if first.is_some_and(|c| TRIGGERS.contains(&c)) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Rows as CSV text (RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark).
pub(crate) fn csv_text(rows: &[Vec<String>]) -> Result<String> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for row in rows {
        w.write_record(row.iter().map(|c| defuse(c))).map_err(|e| Error::Internal(format!("CSV: {e}")))?;
    }
    let bytes = w.into_inner().map_err(|e| Error::Internal(format!("CSV: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| Error::Internal(format!("CSV: {e}")))?;
    Ok(format!("\u{feff}{text}"))
}

#[cfg(test)]
mod tests {
    use super::defuse;

    #[test]
    fn formula_triggers_are_defused_in_all_their_forms() {
        for cell in [
            "=1+1",
            "+49 30 1234",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "  =HYPERLINK(\"x\")",
            "\u{a0}+1",
            "\u{FF1D}1+1",
            "\u{FF0B}1",
            "\u{FF0D}1",
            "\u{FF20}SUM(A1)",
            " \u{FF1D}1",
        ] {
            assert_eq!(defuse(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["Ada", "", "   ", "1-2", "a=b", "Ben @ home", "\u{0639}\u{0644}\u{064a}"] {
            assert_eq!(defuse(cell), cell, "{cell:?}");
        }
    }
}
