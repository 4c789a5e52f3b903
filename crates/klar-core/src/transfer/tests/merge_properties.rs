//! Merge properties over generated files: importing twice changes nothing, the preview tells
//! exactly what the merge does, the order of imports does not matter.

use super::*;

fn time() -> impl Strategy<Value = i64> {
    // A narrow range, so equal times (ties) happen often.
    (0i64..6).prop_map(|t| BASE + t * 1000)
}

fn progress_for(lesson: usize) -> impl Strategy<Value = FileProgress> {
    (prop::option::of(0usize..4), time(), prop::option::of(time()), time(), 0i64..5).prop_map(
        move |(step, started, completed, updated, secs)| FileProgress {
            lesson_uuid: LESSONS[lesson].into(),
            current_step_uuid: step.map(|s| STEPS[s].to_string()),
            started_ms: started,
            completed_ms: completed,
            updated_ms: updated,
            seconds_spent: secs * 60,
        },
    )
}

fn answer_for(question: usize) -> impl Strategy<Value = FileAnswer> {
    (0usize..2, any::<bool>(), time(), 0usize..2, any::<bool>(), time(), 1i64..4, 0usize..4).prop_map(
        move |(fc, fok, fms, lc, lok, lms, attempts, conf)| FileAnswer {
            lesson_uuid: LESSONS[0].into(),
            question_uuid: STEPS[question].into(),
            first_choice: vec![["a", "b"][fc].into()],
            first_correct: fok,
            first_ms: fms,
            last_choice: vec![["a", "b"][lc].into()],
            last_correct: lok,
            last_ms: lms,
            attempts,
            first_confidence: [None, Some(Confidence::Sure), Some(Confidence::Think), Some(Confidence::Guess)][conf],
        },
    )
}

fn reflection_for(step: usize) -> impl Strategy<Value = FileReflection> {
    (0usize..3, time(), time(), any::<bool>()).prop_map(move |(body, created, updated, shared)| FileReflection {
        lesson_uuid: LESSONS[0].into(),
        step_uuid: STEPS[step].into(),
        body: ["one", "two", "three"][body].into(),
        created_ms: created,
        updated_ms: updated,
        shared,
    })
}

fn learner_for(i: usize) -> impl Strategy<Value = FileLearner> {
    let progress = prop::sample::subsequence(vec![0usize, 1, 2], 0..=3)
        .prop_flat_map(|ls| ls.into_iter().map(progress_for).collect::<Vec<_>>());
    let answers = prop::sample::subsequence(vec![0usize, 1, 2, 3], 0..=4)
        .prop_flat_map(|qs| qs.into_iter().map(answer_for).collect::<Vec<_>>());
    let reflections = prop::sample::subsequence(vec![0usize, 1], 0..=2)
        .prop_flat_map(|rs| rs.into_iter().map(reflection_for).collect::<Vec<_>>());
    (progress, answers, reflections, time()).prop_map(move |(progress, answers, reflections, active)| FileLearner {
        last_active_ms: active,
        progress,
        answers,
        reflections,
        ..learner(i)
    })
}

fn file_strategy() -> impl Strategy<Value = String> {
    prop::sample::subsequence(vec![0usize, 1, 2], 0..=3)
        .prop_flat_map(|ls| ls.into_iter().map(learner_for).collect::<Vec<_>>())
        .prop_map(|ls| file_of(ls).unwrap_or_default())
}

/// Every learner's full record keyed by uuid, without the fields that are local by design
/// (name and picture: a known learner keeps the local ones).
fn dump_by_uuid(s: &Storage) -> Result<BTreeMap<String, FileLearner>> {
    let mut out = BTreeMap::new();
    for l in s.learners()? {
        let mut full = learner_file(s, l.id, ReflectionScope::All)?;
        full.display_name.clear();
        full.avatar.clear();
        out.insert(full.uuid.clone(), full);
    }
    Ok(out)
}

fn state_after(files: &[&str]) -> Result<BTreeMap<String, FileLearner>> {
    let mut s = memory();
    for f in files {
        import(&mut s, f.as_bytes())?;
    }
    dump_by_uuid(&s)
}

fn progress_in(file: &str) -> Vec<(String, FileProgress)> {
    parse(file.as_bytes(), NOW)
        .map(|f| {
            f.learners.into_iter().flat_map(|l| l.progress.into_iter().map(move |p| (l.uuid.clone(), p))).collect()
        })
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn importing_the_same_file_twice_changes_nothing(a in file_strategy(), b in file_strategy()) {
        let mut s = memory();
        import(&mut s, b.as_bytes())?;
        import(&mut s, a.as_bytes())?;
        let once = s.dump()?;
        let again = import(&mut s, a.as_bytes())?;
        prop_assert_eq!(again, MergeCounts::default());
        prop_assert_eq!(s.dump()?, once);
    }

    #[test]
    fn the_preview_tells_exactly_what_the_merge_then_does(a in file_strategy(), b in file_strategy()) {
        let mut s = memory();
        import(&mut s, b.as_bytes())?;
        let file = parse(a.as_bytes(), NOW)?;
        let before = s.dump()?;
        let plans = preview_merge(&s, &file.learners)?;
        prop_assert_eq!(s.dump()?, before, "a preview writes nothing");
        let locally_done: std::collections::BTreeSet<(String, String)> = dump_by_uuid(&s)?
            .into_values()
            .flat_map(|l| l.progress.into_iter().filter(|p| p.completed_ms.is_some()).map(move |p| (l.uuid.clone(), p.lesson_uuid)))
            .collect();
        let counts = merge_learners(&mut s, &file.learners)?;
        let sum = |f: fn(&LearnerMergePreview) -> u32| plans.iter().map(f).sum::<u32>();
        prop_assert_eq!(sum(|p| u32::from(p.local.is_none())), counts.learners_added);
        prop_assert_eq!(sum(|p| u32::from(p.local.is_some() && p.changed)), counts.learners_updated);
        prop_assert_eq!(sum(|p| p.lessons_merged), counts.lessons_merged);
        prop_assert_eq!(sum(|p| p.answers_merged), counts.answers_merged);
        prop_assert_eq!(sum(|p| p.reflections_merged), counts.reflections_merged);
        // The lessons said to become completed are exactly those completed now and not before.
        let now_done: std::collections::BTreeSet<(String, String)> = dump_by_uuid(&s)?
            .into_values()
            .flat_map(|l| l.progress.into_iter().filter(|p| p.completed_ms.is_some()).map(move |p| (l.uuid.clone(), p.lesson_uuid)))
            .collect();
        let said: std::collections::BTreeSet<(String, String)> =
            plans.iter().flat_map(|p| p.lessons_completed.iter().map(|l| (p.uuid.clone(), l.clone()))).collect();
        prop_assert_eq!(said, now_done.difference(&locally_done).cloned().collect::<std::collections::BTreeSet<_>>());
    }

    #[test]
    fn the_order_of_imports_does_not_matter(a in file_strategy(), b in file_strategy()) {
        prop_assert_eq!(state_after(&[&a, &b])?, state_after(&[&b, &a])?);
    }

    #[test]
    fn no_duplicates_completed_stays_completed_and_newer_wins(a in file_strategy(), b in file_strategy()) {
        let state = state_after(&[&a, &b])?;
        let (pa, pb) = (progress_in(&a), progress_in(&b));
        let uuids: std::collections::BTreeSet<&String> = pa.iter().chain(&pb).map(|(u, _)| u).collect();
        let files_learners: std::collections::BTreeSet<String> = [&a, &b]
            .iter()
            .filter_map(|f| parse(f.as_bytes(), NOW).ok())
            .flat_map(|f| f.learners.into_iter().map(|l| l.uuid))
            .collect();
        prop_assert_eq!(state.len(), files_learners.len(), "one learner per uuid");
        prop_assert!(uuids.iter().all(|u| state.contains_key(*u)));
        for (uuid, p) in pa.iter().chain(&pb) {
            let merged = state[uuid].progress.iter().filter(|m| m.lesson_uuid == p.lesson_uuid).collect::<Vec<_>>();
            prop_assert_eq!(merged.len(), 1, "one row per lesson");
            let m = merged[0];
            if p.completed_ms.is_some() {
                prop_assert!(m.completed_ms.is_some(), "completed never becomes not completed");
            }
            prop_assert!(m.updated_ms >= p.updated_ms && m.started_ms <= p.started_ms && m.seconds_spent >= p.seconds_spent);
        }
        for (ua, x) in &pa {
            for (ub, y) in &pb {
                if ua == ub && x.lesson_uuid == y.lesson_uuid && x.updated_ms != y.updated_ms {
                    let newer = if x.updated_ms > y.updated_ms { x } else { y };
                    let m = state[ua].progress.iter().find(|m| m.lesson_uuid == x.lesson_uuid);
                    prop_assert_eq!(m.map(|m| &m.current_step_uuid), Some(&newer.current_step_uuid), "the newer position wins");
                }
            }
        }
        for l in state.values() {
            let qs: std::collections::BTreeSet<&String> = l.answers.iter().map(|a| &a.question_uuid).collect();
            prop_assert_eq!(qs.len(), l.answers.len(), "one answer row per question");
        }
    }
}
