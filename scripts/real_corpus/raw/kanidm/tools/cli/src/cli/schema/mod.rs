pub mod attr;
pub mod class;
