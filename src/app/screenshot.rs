//! `--screenshot PATH`: once the window has settled, ask the renderer for the frame, write it as a PNG
//! and close the window. How README images are made and how the smoke test sees what is drawn.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

/// Frames to draw before the picture is taken: layout settles (panel sizes, fonts) over a few frames.
const SETTLE_FRAMES: u32 = 8;

pub struct Screenshot {
    path: PathBuf,
    frames: u32,
    requested: bool,
    /// The process exit code, written by the callback.
    pub exit_code: Arc<AtomicU8>,
}

impl Screenshot {
    pub fn new(path: PathBuf) -> Screenshot {
        Screenshot { path, frames: 0, requested: false, exit_code: Arc::new(AtomicU8::new(2)) }
    }

    /// Called every frame; keeps frames coming until the picture is taken.
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if self.requested {
            return;
        }
        ctx.request_repaint();
        if self.frames < SETTLE_FRAMES {
            return;
        }
        self.requested = true;
        let path = self.path.clone();
        let exit_code = self.exit_code.clone();
        let context = ctx.clone();
        ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(egui::ScreenshotCallback::new(move |image| {
            match write_png(&path, &image) {
                Ok(()) => exit_code.store(0, Ordering::SeqCst),
                Err(message) => eprintln!("tokenscope: cannot write the screenshot {}: {message}", path.display()),
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
