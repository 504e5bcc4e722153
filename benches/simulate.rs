//! Speed of the timeline engine: a scenario of 100,000 steps (logins, calls, refreshes, thefts, denials,
//! logouts and outages among three actors) must run in under one second, every event's HTTP exchange and store
//! commands included. The same steps with DPoP-bound tokens are measured too: each request signs a real ES256 proof.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tokenscope::sim::scenario::{Action, Config, Loot, Scenario, Step};

fn long_scenario(steps: usize) -> Scenario {
    let mut config = Config::default();
    config.resource_server.denylist = true;
    long_scenario_under(steps, config)
}

fn long_scenario_under(steps: usize, config: Config) -> Scenario {
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
    Scenario::new("long", None, config, list).expect("the benchmark scenario is valid")
}

/// 100,000 steps whose one steal names the actor of the very last step: reading it once looked the actor up step
/// by step.
fn late_victim(count: usize) -> Scenario {
    let mut steps: Vec<Step> = (0..count - 2).map(|index| Step::new(index as i64, "client", Action::Call)).collect();
    steps.push(Step::new(count as i64, "thief", Action::Steal { from: "late".into(), what: Loot::Both }));
    steps.push(Step::new(count as i64 + 1, "late", Action::Login));
    Scenario::new("late victim", None, Config::default(), steps).expect("the benchmark scenario is valid")
}

/// 100,000 actors, each logging in once and calling once.
fn many_actors(count: usize) -> Scenario {
    let steps = (0..count)
        .map(|index| {
            Step::new(index as i64, format!("user-{index}"), if index % 2 == 0 { Action::Login } else { Action::Call })
        })
        .collect();
    Scenario::new("many actors", None, Config::default(), steps).expect("the benchmark scenario is valid")
}

fn simulate(c: &mut Criterion) {
    let scenario = long_scenario(100_000);
    let mut group = c.benchmark_group("simulate");
    group.sample_size(10);
    group.bench_function("100k_steps", |b| b.iter(|| tokenscope::sim::run(black_box(&scenario))));
    let mut dpop = Config::default();
    dpop.resource_server.denylist = true;
    dpop.sender_constraint = tokenscope::sim::scenario::SenderConstraint::Dpop;
    dpop.wire = tokenscope::sim::scenario::Wire::JsonApi;
    let bound = long_scenario_under(10_000, dpop);
    group.bench_function("10k_steps_dpop_bound", |b| b.iter(|| tokenscope::sim::run(black_box(&bound))));
    let late = late_victim(100_000);
    group.bench_function("100k_steps_read_with_a_late_victim", |b| {
        b.iter(|| Scenario::from_value(black_box(&late.to_value())).expect("it reads back"))
    });
    let crowd = many_actors(100_000);
    group.bench_function("100k_distinct_actors", |b| b.iter(|| tokenscope::sim::run(black_box(&crowd))));
    group.bench_function("100k_distinct_actors_lanes", |b| {
        let timeline = tokenscope::sim::run(&crowd);
        b.iter(|| tokenscope::sim::lanes::Lanes::new(black_box(&timeline)))
    });
    group.finish();
}

criterion_group!(benches, simulate);
criterion_main!(benches);
