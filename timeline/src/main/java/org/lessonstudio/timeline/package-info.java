/**
 * Checked lesson → {@link org.lessonstudio.timeline.Timeline}: when every action happens, and the
 * state of every object at any time t as a pure function of the lesson and t
 * ({@link org.lessonstudio.timeline.Timeline#frameAt(double)}). Pure maths: no AWT, no pixels.
 */
package org.lessonstudio.timeline;
