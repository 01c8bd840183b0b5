// Loaded by './derkit shell': the library's packages and short factories.
import java.math.BigDecimal;
import java.time.*;
import org.derkit.model.*;
import static org.derkit.model.DerQuantities.*;
