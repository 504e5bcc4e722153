//! Speed of the timeline engine: a scenario of 100,000 steps (logins, calls, refreshes, thefts, denials,
//! logouts and outages among three actors) must run in under one second.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tokenscope::sim::scenario::{Action, Config, Loot, Scenario, Step};

fn long_scenario(steps: usize) -> Scenario {
    let mut list = Vec::with_capacity(steps);
    for index in 0..steps {
        let at = index as i64 * 7;
        let action = match index % 20 {
            0 => Step::new(at, "client", Action::Login),
            1 | 4 | 7 | 12 => Step::new(at, "client", Action::Call),
            2 | 9 | 15 => Step::new(at, "client", Action::Refresh),
            3 => Step::new(at, "attacker", Action::Steal { from: "client".into(), what: Loot::Both }),
            5 | 10 => Step::new(at, "attacker", Action::Call),
            6 | 13 => Step::new(at, "attacker", Action::Refresh),
            8 => Step::new(at, "tab", Action::Login),
            11 => Step::new(at, "tab", Action::Refresh),
            14 => Step::new(at, "client", Action::Deny),
            16 => Step::new(at, "tab", Action::Call),
            17 => Step::new(at, "client", Action::Logout),
            18 if index % 200 == 18 => Step::new(at, "ops", Action::StoreOutage { seconds: 5 }),
            _ => Step::new(at, "client", Action::Call),
        };
        list.push(action);
    }
    let mut config = Config::default();
    config.resource_server.denylist = true;
    Scenario::new("long", None, config, list).expect("the benchmark scenario is valid")
}

fn simulate(c: &mut Criterion) {
    let scenario = long_scenario(100_000);
    let mut group = c.benchmark_group("simulate");
    group.sample_size(10);
    group.bench_function("100k_steps", |b| b.iter(|| tokenscope::sim::run(black_box(&scenario))));
    group.finish();
}

criterion_group!(benches, simulate);
criterion_main!(benches);
