package dev.agentcore4j.agent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of a {@link ToolMethod}, or a component of a record used as a tool argument
 * or as structured output. Parameters of type {@code Optional<T>} are not required; all others are.
 * A parameter of type {@link ToolContext} is passed the call's context and is not part of the schema.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Param {

    /** The argument name; empty means the Java name (compile with {@code -parameters}). */
    String name() default "";

    String description() default "";
}
