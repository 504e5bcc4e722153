//! `--screenshot PATH`: once the window has settled, ask the renderer for the frame, write it as a PNG
//! and close the window. How README images are made and how the smoke test sees what is drawn.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Frames to draw before the picture is taken: layout settles (panel sizes, fonts) over a few frames.
const SETTLE_FRAMES: u32 = 8;

/// How the picture came out: `None` until the renderer handed it over.
pub type Outcome = Arc<Mutex<Option<Result<(), String>>>>;

pub struct Screenshot {
    path: PathBuf,
    /// Frames drawn with nothing left to wait for.
    settled_frames: u32,
    requested: bool,
    outcome: Outcome,
}

impl Screenshot {
    pub fn new(path: PathBuf) -> Screenshot {
        Screenshot { path, settled_frames: 0, requested: false, outcome: Outcome::default() }
    }

    pub fn outcome(&self) -> Outcome {
        self.outcome.clone()
    }

    /// Called every frame; keeps frames coming until the picture is taken. While `busy` (work still running in the
    /// background), the window has not settled.
    pub fn on_frame(&mut self, ctx: &egui::Context, busy: bool) {
        if self.requested {
            return;
        }
        ctx.request_repaint();
        self.settled_frames = if busy { 0 } else { self.settled_frames + 1 };
        if self.settled_frames < SETTLE_FRAMES {
            return;
        }
        self.requested = true;
        let path = self.path.clone();
        let outcome = self.outcome.clone();
        let context = ctx.clone();
        ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(egui::ScreenshotCallback::new(move |image| {
            let written = write_png(&path, &image).map_err(|message| format!("{}: {message}", path.display()));
            if let Ok(mut slot) = outcome.lock() {
                *slot = Some(written);
            }
            context.send_viewport_cmd(egui::ViewportCommand::Close);
            context.request_repaint();
        })));
    }
}

pub fn write_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let file = std::fs::File::create(path).map_err(|error| error.to_string())?;
    let [width, height] = image.size;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), width as u32, height as u32);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|error| error.to_string())?;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|pixel| pixel.to_array()).collect();
    writer.write_image_data(&bytes).map_err(|error| error.to_string())?;
    writer.finish().map_err(|error| error.to_string())
}
