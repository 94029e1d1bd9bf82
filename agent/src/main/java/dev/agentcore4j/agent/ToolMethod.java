package dev.agentcore4j.agent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a tool for {@link Tools#fromObject}. The tool name is the method name unless
 * {@link #name()} is set; the input schema is derived from the parameters (see {@link Param}).
 *
 * <pre>{@code
 * final class Weather {
 *     @ToolMethod(name = "get_current_weather", description = "Current weather in a city")
 *     Forecast weather(@Param(description = "City name") String city, @Param(description = "Unit") Unit unit) { ... }
 * }
 * List<Tool> tools = Tools.fromObject(new Weather());
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ToolMethod {

    /** The tool name; empty means the method name. */
    String name() default "";

    String description();
}
