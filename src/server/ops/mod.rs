//! Running Izde: the operators' command line and its commands (migrate, check, backup, restore,
//! keys, users, audit, export), start-up and serving, and the fictional demo and synthetic data.
//! Commands call the other modules; none runs SQL or touches a key itself.

pub mod cli;
pub mod commands;
pub mod demo;
pub mod startup;
