//! Finding people by name without decrypting every record: cross-script name skeletons and keyed
//! blind indexes over them.

pub mod skeleton;
