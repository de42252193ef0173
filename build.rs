//! Rebuilds Izde when a migration is added. `sqlx::migrate!` embeds migrations/ (and its sqlite/
//! and postgres/ folders) at compile time, and Cargo reruns a macro only when a file it already
//! knows changes: without this, a new migration file leaves the binary migrating to the old schema.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
