pub mod article;
pub mod editor;
pub mod layers;
pub mod notice;
pub mod sidebar;
pub mod sourcing;
pub mod status;
pub mod toolbar;
