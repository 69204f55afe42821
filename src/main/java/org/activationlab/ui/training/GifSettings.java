package org.activationlab.ui.training;

/**
 * What the animated GIF export writes.
 *
 * @param panel the view shown, or the whole board
 * @param frames the most frames, spread evenly over the recorded run
 * @param intervalMs the time between frames in milliseconds
 */
record GifSettings(GifPanel panel, int frames, int intervalMs) {
}
