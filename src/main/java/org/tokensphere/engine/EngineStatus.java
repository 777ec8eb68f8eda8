package org.tokensphere.engine;

/** What the engine is doing. */
public enum EngineStatus {
    /** Stepping. */
    RUNNING,
    /** Waiting for a command. */
    PAUSED,
    /**
     * Paused by a failure (a step too large, a value that is not finite, a measurement that failed): the frame is
     * the last good one and its message names the cause; play resumes from the last good state.
     */
    ERROR
}
