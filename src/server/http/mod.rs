//! The HTTP boundary: the request guard and the security headers every response carries, every
//! form post and download handler, and the router. Handlers are thin — who is asking, read the
//! form, call `records`, `auth` or `export`, answer with a redirect or the page again. Nothing here
//! runs SQL or touches a key.

pub mod downloads;
pub mod evidence;
pub mod extract;
pub mod forms;
pub mod guard;
pub mod import;
pub mod language;
pub mod packs;
pub mod router;
pub mod sign_in;
