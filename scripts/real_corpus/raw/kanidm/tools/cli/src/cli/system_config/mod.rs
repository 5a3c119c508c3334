pub mod api;
pub mod application;
pub mod badlist;
pub mod denied_names;
pub mod message;
