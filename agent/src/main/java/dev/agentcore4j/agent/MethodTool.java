package dev.agentcore4j.agent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tool backed by a {@link ToolMethod}-annotated method; made by {@link Tools#fromObject}. */
final class MethodTool implements Tool {

    private final Object target;
    private final Method method;
    private final ToolSpec spec;

    MethodTool(Object target, Method method) {
        this.target = target;
        this.method = method;
        ToolMethod annotation = method.getAnnotation(ToolMethod.class);
        String name = annotation.name().isBlank() ? method.getName() : annotation.name();
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<Object>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType() == ToolContext.class) {
                continue;
            }
            String argument = RecordBinder.argumentName(parameter);
            properties.put(argument, TypeSchemas.describe(TypeSchemas.forType(parameter.getParameterizedType()), parameter));
            if (!TypeSchemas.isOptional(parameter.getParameterizedType())) {
                required.add(argument);
            }
        }
        this.spec = new ToolSpec(name, annotation.description(), TypeSchemas.object(properties, required));
        method.trySetAccessible();
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolOutput invoke(Map<String, Object> input, ToolContext context) throws Exception {
        List<String> problems = spec.validate(input);
        if (!problems.isEmpty()) {
            return ToolOutput.error(String.join("; ", problems));
        }
        Object[] args;
        try {
            args = arguments(input, context);
        } catch (IllegalArgumentException e) {
            return ToolOutput.error(e.getMessage()); // a binding problem names the argument: the model may fix it
        }
        try {
            Object result = method.invoke(target, args);
            return method.getReturnType() == void.class ? ToolOutput.text("done") : ToolOutput.from(result);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Object[] arguments(Map<String, Object> input, ToolContext context) {
        Parameter[] parameters = method.getParameters();
        var args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = parameters[i].getType() == ToolContext.class
                    ? context
                    : RecordBinder.convert(parameters[i].getParameterizedType(),
                            input.get(RecordBinder.argumentName(parameters[i])), RecordBinder.argumentName(parameters[i]));
        }
        return args;
    }

    @Override
    public String toString() {
        return "MethodTool[" + spec.name() + " -> " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + "]";
    }
}
