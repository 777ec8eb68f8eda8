package org.tokensphere.engine;

/** What the engine is doing. */
public enum EngineStatus {
    /** Stepping. */
    RUNNING,
    /** Waiting for a command. */
    PAUSED,
    /** Stopped by a numerical problem or refused parameters; the frame's message names it. */
    ERROR
}
