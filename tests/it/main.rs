//! The one integration-test binary (each test binary links the whole app, so there is only one).
mod architecture;
mod bundled;
mod cli;
mod history;
mod team;
mod trainer;
