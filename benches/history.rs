//! History store under load: with 100,000 recorded drills (100 trainees × 1,000), one trainee's
//! progress query (target ≤ 20 ms) and recording one turn with durability on (synchronous=FULL,
//! WAL; target ≤ 2 ms). Figures go in plans/history-notes.md.

use comeback::domain::drill::{Answer, Drill};
use comeback::domain::history::{History, TraineeId};
use comeback::domain::scenario::{Scenario, parse};
use comeback::domain::scoring::score;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

const TRAINEES: usize = 100;
const DRILLS_PER_TRAINEE: usize = 1_000;

fn scenarios() -> Vec<Arc<Scenario>> {
    [
        include_str!("../scenarios/site-part-no-show.ron"),
        include_str!("../scenarios/hotel-room-not-ready.ron"),
    ]
    .iter()
    .map(|src| Arc::new(parse(src).expect("bundled drill parses").scenario))
    .collect()
}

fn fill(h: &History, available: &[Arc<Scenario>]) -> TraineeId {
    // a few distinct finished drills to cycle through
    let plays: Vec<_> = available
        .iter()
        .flat_map(|s| {
            (1..=3usize).map(move |c| {
                let mut d = Drill::start(Arc::clone(s), c as u64).expect("start");
                while !d.is_over() && d.transcript().turns.len() < 8 {
                    let n = d.options().len().max(1);
                    if d.respond(Answer::Choice((c - 1) % n)).is_err() {
                        break;
                    }
                }
                let card = score(d.transcript());
                (Arc::clone(s), d.transcript().clone(), card)
            })
        })
        .collect();
    let start = Instant::now();
    let ids: Vec<TraineeId> = (0..TRAINEES)
        .map(|t| h.trainee(&format!("trainee-{t:03}")).expect("trainee"))
        .collect();
    let t0 = time::OffsetDateTime::now_utc() - time::Duration::days(400);
    for chunk in 0..DRILLS_PER_TRAINEE / 100 {
        h.batch(|h| {
            for i in 0..100 {
                let n = chunk * 100 + i;
                h.set_clock(Some(t0 + time::Duration::minutes(n as i64 * 10)));
                for (t, &who) in ids.iter().enumerate() {
                    let (s, tr, card) = &plays[(n + t) % plays.len()];
                    let id = h.begin_drill(who, s, "bench", n as u64)?;
                    h.finish_drill(id, tr, card)?;
                }
            }
            Ok(())
        })
        .expect("fill");
    }
    h.set_clock(None);
    eprintln!(
        "filled {} drills in {:.1} s",
        TRAINEES * DRILLS_PER_TRAINEE,
        start.elapsed().as_secs_f64()
    );
    ids[TRAINEES / 2]
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = History::open(dir.path()).expect("open");
    let available = scenarios();
    let who = fill(&h, &available);

    c.bench_function("progress (1,000 of 100,000 drills)", |b| {
        b.iter(|| black_box(h.progress(who, &available).expect("progress")))
    });

    let (s, turn) = {
        let mut d = Drill::start(Arc::clone(&available[0]), 1).expect("start");
        let r = d.respond(Answer::Choice(0)).expect("respond");
        (Arc::clone(&available[0]), r.turn)
    };
    let drill = h.begin_drill(who, &s, "bench", 1).expect("begin");
    let mut turn = turn;
    let mut index = 0usize;
    c.bench_function("record_turn (durable: WAL + synchronous=FULL)", |b| {
        b.iter(|| {
            turn.index = index;
            index += 1;
            h.record_turn(drill, &turn).expect("record")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(Duration::from_secs(5));
    targets = bench
}
criterion_main!(benches);
