//! Many articles on all cores, printed in input order.
//!
//! Articles are taken a chunk at a time: the chunk is read, analyzed and made into output
//! on every thread of rayon's pool, then printed in order while nothing else is held. A
//! chunk of 256 keeps both cores busy (an article is a fraction of a millisecond, so the
//! wait for a chunk's last article is small) and keeps an archive of any size in a few
//! megabytes of memory.

use crate::articles::Job;
use crate::output::Output;
use crate::progress::Progress;
use rayon::prelude::*;
use std::io;

const CHUNK: usize = 256;

/// How many articles a run took and how many of them failed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: usize,
    pub failed: usize,
}

/// Runs every job into `output`. Each failed article is also named on standard error.
/// Stops at the first error writing the output.
pub fn run<O: Output>(
    jobs: impl Iterator<Item = Job>,
    output: &mut O,
    progress: &mut Progress,
) -> io::Result<Counts> {
    let mut counts = Counts::default();
    let mut jobs = jobs.fuse();
    loop {
        let chunk: Vec<Job> = jobs.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        let bytes = chunk.iter().map(Job::size).sum();
        let made: Vec<(O::Made, Option<String>)> = chunk
            .into_par_iter()
            .map(|job| {
                let article = job.load();
                let failure = (article.text.as_ref().err())
                    .map(|e| format!("analyze: {}: {e}", article.origin));
                (O::make(article), failure)
            })
            .collect();
        let n = made.len();
        for (made, failure) in made {
            if let Some(line) = failure {
                counts.failed += 1;
                progress.note(&line);
            }
            output.take(made)?;
        }
        counts.articles += n;
        output.flush()?;
        progress.advance(n as u64, bytes);
    }
    output.finish()?;
    progress.finish();
    Ok(counts)
}
