package org.tokensphere.app.view;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.app.viewmodel.ParamsViewModel;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.Norm;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Params;
import org.tokensphere.model.Scheme;
import org.tokensphere.preset.DisplayOptions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.tokensphere.app.view.ControlWidgets.box;
import static org.tokensphere.app.view.ControlWidgets.button;
import static org.tokensphere.app.view.ControlWidgets.check;
import static org.tokensphere.app.view.ControlWidgets.choice;
import static org.tokensphere.app.view.ControlWidgets.row;
import static org.tokensphere.app.view.ControlWidgets.section;
import static org.tokensphere.app.view.ControlWidgets.segmented;
import static org.tokensphere.app.view.ControlWidgets.tip;

/**
 * The side panel: every parameter of the simulation, grouped (driving, bias, coupling, ensemble, numerics,
 * display), each with a tooltip; a refusal message at the top names the field and its range. Controls that do
 * not act with the current parameters are dimmed with the reason.
 */
public final class ControlPanel extends ScrollPane {
    private final ParamsViewModel vm;
    private final Map<Knob, NumberControl> controls = new EnumMap<>(Knob.class);
    private final EigenvalueLabel eigenvalues = new EigenvalueLabel();
    private final VBox matrixBox;
    private final Map<Mode, ToggleButton> modeButtons = new EnumMap<>(Mode.class);
    /** Post-LN / Pre-LN / Peri-LN buttons. */
    private HBox normRow;

    /** The panel for {@code vm} and the display settings. */
    public ControlPanel(ParamsViewModel vm, DisplaySettings display) {
        this.vm = vm;
        getStyleClass().add("control-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        for (Knob k : Knob.values()) {
            controls.put(k, new NumberControl(k, vm));
        }
        Button newMatrix = button("New matrix M", "new-matrix",
                "Draw a new GOE sample for the fixed matrix M (deterministic and mixed modes).", vm::newMatrix);
        matrixBox = new VBox(4, newMatrix, eigenvalues);

        VBox content = new VBox(6, refusal(),
                section("Driving", driving(), true), section("Bias", bias(), true),
                section("Coupling and attention", coupling(), false), section("Ensemble", ensemble(), true),
                section("Numerics and speed", numerics(), false), section("Display", display(display), true));
        content.setPadding(new Insets(6));
        setContent(content);
        setMinWidth(300);
        setPrefWidth(330);

        vm.paramsProperty().addListener((o, a, p) -> showActivity(p));
        showActivity(vm.params());
        ChangeListener<Node> reveal = (o, a, n) -> reveal(n);
        sceneProperty().addListener((o, a, s) -> {
            if (a != null) {
                a.focusOwnerProperty().removeListener(reveal);
            }
            if (s != null) {
                s.focusOwnerProperty().addListener(reveal);
            }
        });
    }

    /**
     * Scrolls the panel so that {@code focused}, when it is one of the panel's controls, is in view: a control
     * reached with Tab is always seen with its focus ring.
     */
    private void reveal(Node focused) {
        Node content = getContent();
        Node n = focused;
        while (n != null && n != content) {
            n = n.getParent();
        }
        double viewport = getViewportBounds().getHeight();
        double extent = content.getLayoutBounds().getHeight() - viewport;
        if (n == null || extent <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double span = getVmax() - getVmin();
        double top = (getVvalue() - getVmin()) / span * extent;
        double margin = 8;
        double wanted = b.getMinY() - margin < top ? b.getMinY() - margin
                : b.getMaxY() + margin > top + viewport ? b.getMaxY() + margin - viewport : top;
        setVvalue(getVmin() + Math.max(0, Math.min(1, wanted / extent)) * span);
    }

    /** The control of a numeric parameter. */
    public NumberControl control(Knob k) {
        return controls.get(k);
    }

    /** The mode toggle buttons. */
    public ToggleButton modeButton(Mode m) {
        return modeButtons.get(m);
    }

    /** Shows the eigenvalues of {@code M} (ascending), or nothing. */
    public void setEigenvalues(double[] values) {
        eigenvalues.show(values);
    }

    /** Why the last change was refused; shown only then. */
    private Label refusal() {
        Label message = new Label();
        message.setId("message");
        message.getStyleClass().add("refusal");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private VBox driving() {
        HBox modes = segmented(Mode.values(), modeButtons, vm.modeProperty(), vm::setMode,
                m -> switch (m) {
                    case DETERMINISTIC -> "Deterministic";
                    case RANDOM -> "Random";
                    case MIXED -> "Mixed";
                },
                m -> switch (m) {
                    case DETERMINISTIC -> "Q_t = tM, L_t = tv: the fixed quadratic form M (and fixed bias v) alone.";
                    case RANDOM -> "Q_t = σ_Q G_t, L_t = σ_b W_t: the random quadratic form (and random bias) alone.";
                    case MIXED -> "Q_t = tM + σ_Q G_t, L_t = tv + σ_b W_t: fixed and random parts together.";
                }, "mode-");
        CheckBox coloured = check("Coloured noise (τ)", "coloured-noise", vm.colouredNoiseProperty(),
                vm::setColouredNoise, "Replace the white noise dG by a matrix Ornstein–Uhlenbeck process Y with "
                        + "correlation time τ (docs/MATH.md §2).");
        return box(modes, matrixBox, controls.get(Knob.SIGMA_Q), coloured, controls.get(Knob.TAU));
    }

    private VBox bias() {
        return box(controls.get(Knob.SIGMA_B), controls.get(Knob.BIAS_STRENGTH), controls.get(Knob.BIAS_AZIMUTH),
                controls.get(Knob.BIAS_POLAR));
    }

    private VBox coupling() {
        HBox attention = segmented(AttentionKind.values(), new EnumMap<>(AttentionKind.class), vm.attentionProperty(),
                vm::setAttention, a -> a == AttentionKind.NONE ? "No attention" : a.name(),
                a -> switch (a) {
                    case NONE -> "No attention drift.";
                    case SA -> "Self-attention: A_i = Σ_j e^{β⟨x_i,x_j⟩} x_j / Σ_k e^{β⟨x_i,x_k⟩} (Rigollet 2025, SA).";
                    case USA -> "Unnormalized self-attention: A_i = (1/N) Σ_j e^{β⟨x_i,x_j⟩} x_j (Rigollet 2025, USA).";
                }, "attention-");
        HBox norm = segmented(Norm.values(), new EnumMap<>(Norm.class), vm.normProperty(), vm::setNorm,
                n -> switch (n) {
                    case POST -> "Post-LN";
                    case PRE -> "Pre-LN";
                    case PERI -> "Peri-LN";
                },
                n -> switch (n) {
                    case POST -> "Post-LN: tokens stay on the sphere, dx_i = α P_{x_i} A_i dt (Rigollet (2025), §3).";
                    case PRE -> "Pre-LN: dx_i/dt = α A_i(Θ) in R^d; the radius r_i grows and slows the direction "
                            + "θ_i down: 1 − ρ falls like 1/t² (Rigollet (2025), §6.2).";
                    case PERI -> "Peri-LN: dx_i/dt = α A_i/|A_i| in R^d, unit speed; also 1/t² (Rigollet (2025), "
                            + "§6.2; docs/MATH.md §8).";
                }, "norm-");
        normRow = norm;
        return box(controls.get(Knob.SHARING), attention, norm, controls.get(Knob.ALPHA), controls.get(Knob.BETA),
                controls.get(Knob.GAMMA), controls.get(Knob.SIGMA_IND));
    }

    private VBox ensemble() {
        ComboBox<InitKind> init = choice("init-kind", List.of(InitKind.UNIFORM, InitKind.CAP, InitKind.CIRCLE,
                        InitKind.PAIR, InitKind.EQUIANGULAR), vm.initKindProperty(), vm::setInitKind,
                "How the tokens start: uniform on the sphere, on a cap around e_d, on a great circle, "
                        + "a pair with ⟨x_0, x_1⟩ = ρ₀, or equiangular with all ⟨x_i, x_j⟩ = ρ₀ (N ≤ d + 1).");
        TextField seed = new TextField(String.valueOf(vm.seedProperty().get()));
        seed.setId("seed-field");
        seed.setPrefColumnCount(8);
        seed.setTooltip(tip("The seed all randomness derives from: the same seed gives the same run."));
        seed.setOnAction(e -> {
            if (!vm.setSeedText(seed.getText())) {
                seed.setText(String.valueOf(vm.seedProperty().get()));
            }
        });
        vm.seedProperty().addListener((o, a, s) -> seed.setText(String.valueOf(s)));
        Button newSeed = button("New seed", "new-seed", "Next seed: new noise and new starting points.",
                vm::newSeed);
        Button replay = button("Replay same noise", "replay-same-noise",
                "Restart from new starting points with the same noise: tokens that start apart end together.",
                vm::replaySameNoise);
        return box(controls.get(Knob.N), controls.get(Knob.D), row(new Label("initial state"), init),
                controls.get(Knob.RHO0), controls.get(Knob.CAP_ANGLE), row(new Label("seed"), seed, newSeed), replay);
    }

    private VBox numerics() {
        CheckBox autoDt = check("auto dt (from the accuracy target)", "auto-dt", vm.autoDtProperty(),
                vm::setAutoDt, "Choose the time step from the accuracy target and d (docs/MATH.md §6) instead of dt.");
        ComboBox<Scheme> scheme = choice("scheme", List.of(Scheme.values()), vm.schemeProperty(), vm::setScheme,
                "The integrator: AUTO picks the exact linear flow when only quadratic driving acts, "
                        + "else the splitting scheme; HEUN is the Stratonovich Heun reference.");
        return box(controls.get(Knob.SPEED), controls.get(Knob.DT), autoDt, row(new Label("integrator"), scheme));
    }

    private VBox display(DisplaySettings display) {
        ComboBox<DisplaySettings.ColourBy> colourBy = new ComboBox<>();
        colourBy.setId("colour-by");
        colourBy.getItems().addAll(DisplaySettings.ColourBy.values());
        colourBy.valueProperty().bindBidirectional(display.colourByProperty());
        colourBy.setTooltip(tip("Colour tokens by the pole they are heading to (sign of ⟨x, u⟩), by where they "
                + "started (a hue), or by cluster."));
        ComboBox<DisplaySettings.ProjectionKind> projection = new ComboBox<>();
        projection.setId("projection");
        projection.getItems().addAll(DisplaySettings.ProjectionKind.values());
        projection.valueProperty().bindBidirectional(display.projectionProperty());
        projection.setTooltip(tip("For d > 3: draw the first three coordinates, or the top three principal axes of "
                + "the ensemble (eigenvectors of (1/N) Σ x_i x_iᵀ)."));
        HBox projectionRow = row(new Label("projection"), projection);
        projectionRow.visibleProperty().bind(vm.property(Knob.D).greaterThan(3));
        projectionRow.managedProperty().bind(projectionRow.visibleProperty());
        CheckBox trails = check("Trails", "trails", display.trailsProperty(), display.trailsProperty()::set,
                "Fading trails of the last seconds of motion.");
        CheckBox rotate = check("Auto-rotate", "auto-rotate", display.autoRotateProperty(),
                display.autoRotateProperty()::set, "Turn the view slowly.");
        CheckBox radius = check("Show radius", "show-radius", display.showRadiusProperty(),
                display.showRadiusProperty()::set, "Pre-LN and Peri-LN: draw each token's direction θ_i at 1 + 0.15 ln r_i from the centre, "
                        + "so the radius r_i of Pre-LN and Peri-LN shows (docs/MATH.md §8); off: the directions only.");
        ComboBox<DisplaySettings.Theme> theme = choice("theme", List.of(DisplaySettings.Theme.values()),
                display.themeProperty(), display.themeProperty()::set, "Light, dark, or projector: high contrast, "
                        + "thick lines, large markers and text for a washed-out beamer.");
        ComboBox<DisplayOptions.Palette> palette = choice("palette", List.of(DisplayOptions.Palette.values()),
                display.paletteProperty(), display.paletteProperty()::set, "Colours of poles and clusters: "
                        + "colour-blind safe (Okabe–Ito, the default) or the original red and blue. Exports use them.");
        palette.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DisplayOptions.Palette p) {
                return p == null ? "" : p == DisplayOptions.Palette.COLOURBLIND ? "colour-blind safe" : "red and blue";
            }

            @Override
            public DisplayOptions.Palette fromString(String s) {
                return null;
            }
        });
        return box(row(new Label("colour by"), colourBy), row(new Label("palette"), palette), projectionRow,
                row(trails, rotate), radius, row(new Label("theme"), theme));
    }

    /** Dims the controls that do not act with {@code p}, saying why. */
    private void showActivity(Params p) {
        boolean random = p.mode().randomPart();
        boolean fixed = p.mode().deterministicPart();
        controls.get(Knob.SIGMA_Q).setInactive(random ? null : "acts in random and mixed modes");
        controls.get(Knob.SIGMA_B).setInactive(random ? null : "acts in random and mixed modes");
        controls.get(Knob.BIAS_STRENGTH).setInactive(fixed ? null : "acts in deterministic and mixed modes");
        boolean direction = fixed && p.biasStrength() > 0;
        controls.get(Knob.BIAS_AZIMUTH).setInactive(direction ? null : "direction of v: set |v| > 0 (not random mode)");
        controls.get(Knob.BIAS_POLAR).setInactive(direction ? null : "direction of v: set |v| > 0 (not random mode)");
        controls.get(Knob.TAU).setInactive(p.tau() > 0 && random ? null : "tick coloured noise (random or mixed mode)");
        controls.get(Knob.SHARING).setInactive(random && p.sigmaQ() > 0 ? null : "shares σ_Q's noise: needs σ_Q > 0");
        boolean attention = p.attention() != AttentionKind.NONE;
        controls.get(Knob.ALPHA).setInactive(attention ? null : "choose SA or USA attention");
        controls.get(Knob.BETA).setInactive(!attention ? "choose SA or USA attention" : p.gamma() > 0
                ? "β = γ log N = " + org.tokensphere.app.viewmodel.NumberText.fmt(p.effectiveBeta()) + " while γ > 0"
                : null);
        controls.get(Knob.GAMMA).setInactive(attention ? null : "choose SA or USA attention");
        normRow.setDisable(!attention);
        InitKind init = p.init().kind();
        boolean rho = init == InitKind.PAIR || init == InitKind.EQUIANGULAR;
        controls.get(Knob.RHO0).setVisible(rho);
        controls.get(Knob.RHO0).setManaged(rho);
        controls.get(Knob.CAP_ANGLE).setVisible(init == InitKind.CAP);
        controls.get(Knob.CAP_ANGLE).setManaged(init == InitKind.CAP);
        controls.get(Knob.DT).setInactive(p.dt() == 0 ? "chosen automatically now; moving dt fixes it" : null);
        controls.get(Knob.BIAS_POLAR).setVisible(p.d() != 2);
        controls.get(Knob.BIAS_POLAR).setManaged(p.d() != 2);
        matrixBox.setVisible(fixed);
        matrixBox.setManaged(fixed);
    }
}
