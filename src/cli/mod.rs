//! Parts of the command line that are more than argument parsing.

pub mod batch;
