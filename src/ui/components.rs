pub mod article;
pub mod editor;
pub mod sidebar;
