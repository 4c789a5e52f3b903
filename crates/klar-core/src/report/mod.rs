//! The teacher's view of the class: learners × lessons, one cell each (`table`), its CSV export
//! (`csv`), the questions most answered wrongly with the wrong option chosen most often
//! (`difficult`), one page and a printable record per learner (`learner`), and all of the teacher
//! view in one reply (`overview`).
//! The table's cells are built once (`report_table`) and both the view and the CSV use them,
//! so the export cannot drift from the screen.

mod calibration;
mod csv;
pub use csv::CLASS_REPORT_FILE;
mod difficult;
mod learner;
mod overview;
mod table;
#[cfg(test)]
mod tests;

pub(crate) use csv::csv_text;
pub use calibration::QuestionCalibration;
pub use difficult::{DifficultQuestion, WrongOption};
pub use learner::{LearnerDetail, LearnerRecord, LessonDetail, QuestionResult, RecordLesson, SharedReflection};
pub use overview::{TeacherOverview, DIFFICULT_LIMIT};
pub use table::{ClassReport, ReportCell, ReportLesson, ReportRow};
