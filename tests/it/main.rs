//! The one integration-test binary (each test binary links the whole app, so there is only one).
mod architecture;
mod bundled;
mod cli;
mod faults;
mod fuzz;
mod history;
mod team;
mod trainer;
